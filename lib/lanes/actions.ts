"use server";
import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { acceptRoute } from "./accept-route";
import { assignLane } from "./assign-lane";
import { closeLane } from "./close-lane";
import { completeTask } from "./complete-task";
import { createLaneEntry } from "./create-lane-entry";
import { acceptRouteSchema, assignLaneSchema, closeLaneSchema, completeTaskSchema, createLaneEntrySchema } from "./schemas";

// Thin wrappers: staffAction validates, authenticates and checks the permission table; the use
// cases scope everything to the actor's lane. refresh() re-renders the page with the change.

export const acceptRouteAction = staffAction("lane.work", acceptRouteSchema, async (input, actor) => {
  await acceptRoute(actor, input);
  refresh();
});

export const createLaneEntryAction = staffAction("laneEntry.create", createLaneEntrySchema, async (input, actor) => {
  await createLaneEntry(actor, input);
  refresh();
});

export const completeTaskAction = staffAction("lane.work", completeTaskSchema, async (input, actor) => {
  await completeTask(actor, input);
  refresh();
});

export const closeLaneAction = staffAction("lane.work", closeLaneSchema, async (input, actor) => {
  await closeLane(actor, input);
  refresh();
});

export const assignLaneAction = staffAction("lane.assign", assignLaneSchema, async (input, actor) => {
  await assignLane(actor, input);
  refresh();
});
