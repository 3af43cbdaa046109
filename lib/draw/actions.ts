"use server";
import { staffAction } from "@/lib/actions/staff-action";
import { closeDrawWindow } from "./close-draw-window";
import { openDrawWindow } from "./open-draw-window";
import { runDraw } from "./run-draw";
import { drawWindowRefSchema, openDrawWindowSchema, runDrawSchema, setServiceAllocationSchema } from "./schemas";
import { setServiceAllocation } from "./set-service-allocation";

/** Admin: allocation per service, request windows and the draw (permission draw.manage). */
export const setServiceAllocationAction = staffAction("draw.manage", setServiceAllocationSchema, (input, actor) => setServiceAllocation(actor, input));
export const openDrawWindowAction = staffAction("draw.manage", openDrawWindowSchema, (input, actor) => openDrawWindow(actor, input));
export const runDrawAction = staffAction("draw.manage", runDrawSchema, (input, actor) => runDraw(actor, input));
export const closeDrawWindowAction = staffAction("draw.manage", drawWindowRefSchema, (input, actor) => closeDrawWindow(actor, input));
