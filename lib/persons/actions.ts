"use server";
import { staffAction } from "@/lib/actions/staff-action";
import { registerPerson } from "./register-person";
import { registerPersonSchema } from "./schemas";

/** The desk's registration form; returns the duplicate candidates or the new file number. */
export const registerPersonAction = staffAction("person.create", registerPersonSchema, (input, actor) => registerPerson(actor, input));
