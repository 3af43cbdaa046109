import { z } from "zod";
import type { ApiOperationSpec } from "./operation-spec";
import { DEVICE_COOKIE } from "@/lib/devices/device-token";

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

const displayCallSchema = {
  type: "object",
  required: ["id", "type", "displayNumber", "counterName", "language", "at"],
  properties: {
    id: { type: "string", description: "opaque, stable across app instances (for de-duplication)" },
    type: { type: "string", enum: ["called", "recalled"] },
    displayNumber: { type: "string", examples: ["A-042"] },
    counterName: { type: ["string", "null"], examples: ["Schalter 3"] },
    language: { type: "string", description: "the ticket's language, for the spoken announcement" },
    at: { type: "string", format: "date-time" },
  },
};

/** The waiting-room display's push channel (lib/live/display-stream.ts); not a JSON operation. */
const displayStreamPath = {
  get: {
    operationId: "streamDisplayCalls",
    summary:
      "Server-Sent Events for a paired waiting-room display: `retry: 3000`; once `event: snapshot` with `data: {\"calls\":[DisplayCall…]}` (today's latest calls, newest first); then `event: call` with `data: DisplayCall` for every call or recall at the location, live; a `: keepalive` comment every 15 s. Fed by PostgreSQL LISTEN/NOTIFY in every app instance, so no sticky sessions are needed. Never names, only numbers and counters.",
    tags: ["queue"],
    security: [{ displayDevice: [] }],
    parameters: [{ name: "locationId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
    responses: {
      "200": { description: "text/event-stream", content: { "text/event-stream": { schema: { type: "string" }, itemSchema: { $ref: "#/components/schemas/DisplayCall" } } } },
      "404": { description: "No paired display device for this location" },
    },
  },
};

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
      securitySchemes: {
        sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
        displayDevice: { type: "apiKey", in: "cookie", name: DEVICE_COOKIE.DISPLAY, description: "set by pairing the display with its device token (/<lang>/display/pair?token=…)" },
      },
      schemas: { Error: errorSchema, DisplayCall: displayCallSchema },
    },
    paths: { ...paths, "/api/display/{locationId}/stream": displayStreamPath },
  };
}
