import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { ALL_API_SPECS } from "@/lib/api/all-specs";
import "@/lib/validation";

/** Public: the contract is not a secret; every operation it lists requires a session. */
export function GET() {
  return NextResponse.json(buildOpenApiDocument(ALL_API_SPECS));
}
