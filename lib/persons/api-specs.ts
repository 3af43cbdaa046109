import type { ApiOperationSpec } from "@/lib/api/operation-spec";
import type { Permission } from "@/lib/auth/permissions";
import { registerPersonResponse, registerPersonSchema, searchPersonsResponse, searchPersonsSchema } from "./schemas";

export const searchPersonsSpec = {
  operationId: "searchPersons",
  method: "get",
  path: "/api/v1/persons",
  summary: "Find persons by name (any spelling or script), date of birth (YYYY-MM-DD or DD.MM.YYYY) or file number",
  tags: ["persons"],
  query: searchPersonsSchema,
  response: searchPersonsResponse,
  permission: "person.search",
} satisfies ApiOperationSpec & { permission: Permission };

export const createPersonSpec = {
  operationId: "createPerson",
  method: "post",
  path: "/api/v1/persons",
  summary:
    "Register a person and open their case file. A likely duplicate (same date of birth, similar name) is returned as status \"duplicates\" and nothing is created; repeat with confirmDuplicate=true to register anyway.",
  tags: ["persons"],
  body: registerPersonSchema,
  response: registerPersonResponse,
  permission: "person.create",
} satisfies ApiOperationSpec & { permission: Permission };

export const personApiSpecs: (ApiOperationSpec & { permission: Permission })[] = [searchPersonsSpec, createPersonSpec];
