import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import wasm from "@prisma/prisma-schema-wasm";
import { admin } from "../setup/admin-db";

/**
 * `prisma migrate diff` cannot run offline (docs/decisions/002), so this test compares
 * schema.prisma (parsed by Prisma's own schema engine, compiled to WebAssembly) with the
 * database that the hand-written migrations produce: tables, columns, types, nullability,
 * enums and unique/plain indexes. It fails on any difference in either direction.
 */
/** Indexes Prisma's schema language cannot express (trigram GIN, partial); kept in SQL only. */
const SQL_ONLY_INDEXES = [
  "Person_searchName_trgm_idx",
  "Person_nameKey_trgm_idx",
  "LaneEntry_open_tasks_idx",
  "Booking_no_overlap",
  "Booking_one_active_per_person",
  "Ticket_active_counter_idx",
  "CaseLane_closed_idx",
];

type Field = { name: string; kind: string; type: string; isRequired: boolean; isList: boolean; isUnique: boolean; isId: boolean; nativeType: [string, string[]] | null };
type Model = { name: string; fields: Field[]; uniqueFields: string[][]; primaryKey: { fields: string[] } | null };

const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: readFileSync("prisma/schema.prisma", "utf8") }))) as {
  datamodel: { models: Model[]; enums: { name: string; values: { name: string }[] }[]; indexes: { model: string; type: string; fields: { name: string }[] }[] };
};

function expectedUdt(f: Field): string {
  const native = f.nativeType?.[0];
  const base =
    f.kind === "enum"
      ? f.type
      : ({
          String: native === "Uuid" ? "uuid" : "text",
          DateTime: native === "Date" ? "date" : native === "Timestamptz" ? "timestamptz" : "timestamp",
          Boolean: "bool",
          Int: "int4",
          BigInt: "int8",
          Json: "jsonb",
          Float: "float8",
        } as Record<string, string>)[f.type];
  return f.isList ? `_${base}` : base;
}

describe("schema.prisma and the migrated database agree", () => {
  it("has the same tables", async () => {
    const { rows } = await admin().query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(dmmf.datamodel.models.map((m) => m.name).sort());
  });

  for (const model of dmmf.datamodel.models) {
    it(`has the same columns in ${model.name}`, async () => {
      const { rows } = await admin().query(
        `SELECT column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [model.name],
      );
      const actual = Object.fromEntries(rows.map((r) => [r.column_name, `${r.udt_name} ${r.is_nullable === "YES" ? "NULL" : "NOT NULL"}`]));
      const expected = Object.fromEntries(
        model.fields
          .filter((f) => f.kind !== "object")
          .map((f) => [f.name, `${expectedUdt(f)} ${f.isRequired && !f.isList ? "NOT NULL" : "NULL"}`]),
      );
      expect(actual).toEqual(expected);
    });
  }

  it("has the same enums", async () => {
    const { rows } = await admin().query(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
    expect(actual).toEqual(Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)])));
  });

  it("has the unique constraints and indexes the schema declares", async () => {
    const { rows } = await admin().query(
      `SELECT t.relname AS table, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
              array_agg(a.attname::text ORDER BY array_position(ix.indkey::int2[], a.attnum)) AS columns
         FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (ix.indkey)
        WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations' AND NOT (i.relname = ANY ($1))
        GROUP BY t.relname, i.relname, ix.indisunique, ix.indisprimary`,
      [SQL_ONLY_INDEXES],
    );
    const actual = rows.map((r) => `${r.table} ${r.is_primary ? "pk" : r.is_unique ? "unique" : "index"} ${r.columns.join(",")}`).sort();
    const expected = dmmf.datamodel.indexes
      .map((ix) => `${ix.model} ${ix.type === "id" ? "pk" : ix.type === "unique" ? "unique" : "index"} ${ix.fields.map((f) => f.name).join(",")}`)
      .sort();
    expect(actual).toEqual(expected);
  });
});
