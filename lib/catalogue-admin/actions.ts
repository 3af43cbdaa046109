"use server";
import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { closureIdSchema, closureSchema, createCounterSchema, openingRuleSchema, ruleIdSchema, serviceSchema, updateCounterSchema } from "./schemas";
import { saveService } from "./save-service";
import { createCounter } from "./create-counter";
import { updateCounter } from "./update-counter";
import { addOpeningRule } from "./add-opening-rule";
import { removeOpeningRule } from "./remove-opening-rule";
import { addClosure } from "./add-closure";
import { removeClosure } from "./remove-closure";

// Thin wrappers: staffAction validates, authenticates and checks "catalogue.manage"; the use
// cases check the role again, the database refuses non-admin writes, and every change is audited.

export const saveServiceAction = staffAction("catalogue.manage", serviceSchema, async (input, actor) => {
  const saved = await saveService(actor, input);
  refresh();
  return saved;
});

export const createCounterAction = staffAction("catalogue.manage", createCounterSchema, async (input, actor) => {
  const counter = await createCounter(actor, input);
  refresh();
  return counter;
});

export const updateCounterAction = staffAction("catalogue.manage", updateCounterSchema, async (input, actor) => {
  await updateCounter(actor, input);
  refresh();
});

export const addOpeningRuleAction = staffAction("catalogue.manage", openingRuleSchema, async (input, actor) => {
  await addOpeningRule(actor, input);
  refresh();
});

export const removeOpeningRuleAction = staffAction("catalogue.manage", ruleIdSchema, async (input, actor) => {
  await removeOpeningRule(actor, input);
  refresh();
});

export const addClosureAction = staffAction("catalogue.manage", closureSchema, async (input, actor) => {
  await addClosure(actor, input);
  refresh();
});

export const removeClosureAction = staffAction("catalogue.manage", closureIdSchema, async (input, actor) => {
  await removeClosure(actor, input);
  refresh();
});
