import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { LOCALES, NAMESPACES } from "@/lib/i18n/settings";

/**
 * Every visible string goes through i18next. This test holds that convention:
 * every key exists in every language (with the plural forms that language needs), every key
 * the code uses exists, and no key sits unused. Keys are written in code as "ns:key" literals;
 * a template literal `ns:prefix.${x}` uses every key under that prefix.
 */
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(obj: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? flatten(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const keysOf = (locale: string) =>
  NAMESPACES.flatMap((ns) => flatten(JSON.parse(readFileSync(`locales/${locale}/${ns}.json`, "utf8"))).map((k) => `${ns}:${k}`));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const NS = NAMESPACES.join("|");
const literal = new RegExp(`["'\`]((?:${NS}):[A-Za-z0-9_.]+)["'\`]`, "g");
const templatePrefix = new RegExp(`\`((?:${NS}):[A-Za-z0-9_.]*)\\$\\{`, "g");

const used = new Set<string>();
const usedPrefixes = new Set<string>();
for (const file of ["app", "components", "lib"].flatMap(sourceFiles)) {
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(literal)) used.add(m[1]);
  for (const m of text.matchAll(templatePrefix)) usedPrefixes.add(m[1]);
}

const base = (k: string) => k.replace(PLURAL, "");

describe("translations", () => {
  const reference = new Set(keysOf("de").map(base));

  for (const locale of LOCALES) {
    it(`${locale} has every key, with its plural forms`, () => {
      const keys = keysOf(locale);
      const bases = new Set(keys.map(base));
      expect([...reference].filter((k) => !bases.has(k))).toEqual([]);
      expect([...bases].filter((k) => !reference.has(k))).toEqual([]);
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const plurals = new Set(keys.filter((k) => PLURAL.test(k)).map(base));
      const missing = [...plurals].flatMap((b) => categories.filter((c) => !keys.includes(`${b}_${c}`)).map((c) => `${b}_${c}`));
      expect(missing).toEqual([]);
    });

    it(`${locale} has no empty strings`, () => {
      const empty = NAMESPACES.flatMap((ns) => {
        const data = JSON.parse(readFileSync(`locales/${locale}/${ns}.json`, "utf8"));
        return flatten(data).filter((k) => k.split(".").reduce((o: Record<string, unknown>, p) => o[p] as Record<string, unknown>, data) as unknown === "");
      });
      expect(empty).toEqual([]);
    });
  }

  it("uses no key that does not exist", () => {
    expect([...used].filter((k) => !reference.has(k))).toEqual([]);
  });

  it("has no unused keys", () => {
    const unused = [...reference].filter((k) => !used.has(k) && ![...usedPrefixes].some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
