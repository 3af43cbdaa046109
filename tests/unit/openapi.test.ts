import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { ALL_API_SPECS } from "@/lib/api/all-specs";

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument(ALL_API_SPECS);
  const operations = Object.values(doc.paths).flatMap((p) => Object.values(p) as { operationId: string }[]);

  it("is OpenAPI 3.1 with the operations integrations rely on", () => {
    expect(doc.openapi).toBe("3.1.0");
    const ids = operations.map((o) => o.operationId);
    for (const id of ["searchPersons", "createPerson", "getCaseFile", "createRequest", "routeRequest", "listLaneEntries", "createLaneEntry", "grantConsent", "revokeConsent", "createReferral"]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("declares every path parameter of every path", () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(item) as { parameters: { name: string; in: string }[] }[]) {
        expect(op.parameters.filter((p) => p.in === "path").map((p) => p.name).sort()).toEqual(names.sort());
      }
    }
  });

  it("documents the waiting-room display's event stream and its device authentication", () => {
    const stream = (doc.paths["/api/display/{locationId}/stream"] as { get: { operationId: string; security: unknown; responses: Record<string, { content?: Record<string, unknown> }> } }).get;
    expect(stream.operationId).toBe("streamDisplayCalls");
    expect(stream.security).toEqual([{ displayDevice: [] }]);
    expect(Object.keys(stream.responses["200"].content!)).toEqual(["text/event-stream"]);
    expect(doc.components.schemas.DisplayCall.required).toEqual(["id", "type", "displayNumber", "counterName", "language", "at"]);
  });
});
