"use server";
import { staffAction } from "@/lib/actions/staff-action";
import { bookOnBehalf } from "./book-on-behalf";
import { createBookingSchema } from "./schemas";

/** Staff book for someone at the counter or on the phone (no challenge, no rate limit). */
export const bookOnBehalfAction = staffAction("booking.onBehalf", createBookingSchema, (input, actor) => bookOnBehalf(actor, input));
