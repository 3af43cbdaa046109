import { apiOperation } from "@/lib/api/api-operation";
import { createPersonSpec, searchPersonsSpec } from "@/lib/persons/api-specs";
import { registerPerson } from "@/lib/persons/register-person";
import { searchPersons } from "@/lib/persons/search-persons";

export const GET = apiOperation(searchPersonsSpec, async ({ query }, actor) => ({ results: await searchPersons(actor, query) }));

export const POST = apiOperation(createPersonSpec, ({ body }, actor) => registerPerson(actor, body));
