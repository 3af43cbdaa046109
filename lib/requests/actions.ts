"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { createRequest } from "./create-request";
import { routeRequest } from "./route-request";
import { recordRequestFormSchema, routeRequestFormSchema } from "./schemas";

const FILE_PAGE = "/[locale]/desk/files/[fileNumber]";

/** The counter's one-step form: record the request and route it (or refer it out) together. */
export const recordRequestAction = staffAction("request.create", recordRequestFormSchema, async (input, actor) => {
  // two permissions in one step: staffAction checked the first, this the second
  if (!can(actor.role, "request.route")) throw new AppError("NOT_FOUND", "denied request.route");
  const result = await createRequest(actor, input);
  revalidatePath(FILE_PAGE, "page");
  return result;
});

/** Routes a request that is still open. */
export const routeRequestAction = staffAction("request.route", routeRequestFormSchema, async (input, actor) => {
  const result = await routeRequest(actor, input);
  revalidatePath(FILE_PAGE, "page");
  return result;
});
