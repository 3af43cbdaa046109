import { z } from "zod";
import type { ApiOperationSpec } from "./operation-spec";

const ERROR_CODES = ["VALIDATION", "UNAUTHENTICATED", "NOT_FOUND", "CONFLICT", "CONSENT_REQUIRED", "RATE_LIMITED", "INTERNAL"];

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: ERROR_CODES },
        message: { type: "string", description: "i18next key of the user-facing message" },
        fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      },
    },
  },
};

const json = (schema: z.ZodType, io: "input" | "output") => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
};

function parameters(schema: z.ZodType | undefined, where: "path" | "query") {
  if (!schema) return [];
  const s = json(schema, "input") as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, sch]) => ({
    name,
    in: where,
    required: where === "path" || (s.required ?? []).includes(name),
    schema: sch,
  }));
}

/** OpenAPI 3.1 (JSON Schema 2020-12) generated from the zod schemas the handlers validate with. */
export function buildOpenApiDocument(specs: ApiOperationSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const status = String(spec.successStatus ?? 200);
    (paths[spec.path] ??= {})[spec.method] = {
      operationId: spec.operationId,
      summary: spec.summary,
      tags: spec.tags,
      // public operations (the booking flow of newcomers) need no session
      security: "public" in spec && spec.public ? [] : [{ sessionCookie: [] }],
      parameters: [...parameters(spec.params as z.ZodType | undefined, "path"), ...parameters(spec.query as z.ZodType | undefined, "query")],
      ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: json(spec.body as z.ZodType, "input") } } } } : {}),
      responses: {
        [status]: { description: "OK", content: { "application/json": { schema: json(spec.response, "output") } } },
        "400": { description: "Invalid input", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        ...("public" in spec && spec.public
          ? {
              "409": { description: "Conflict (e.g. slot taken, already booked)", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
              "429": { description: "Rate limit reached", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            }
          : { "401": { description: "Not signed in", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } }),
        "404": {
          description: "Not found, or not visible to the caller (no 403: outsiders learn nothing)",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "EineHand API",
      version: "1.0.0",
      description:
        "Integrations for the one-stop migration office. Sign in through the Auth.js endpoints (/api/auth/*) and send the session cookie; every operation applies the same permission table and lane rules as the portal.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token" } },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
