"use server";
import { kioskAction } from "@/lib/actions/kiosk-action";
import { kioskCheckIn, kioskCheckInSchema, kioskWalkIn, kioskWalkInSchema } from "./kiosk-operations";
import { kioskNearSms, kioskNearSmsSchema } from "./kiosk-near-sms";

/** Check-in of today's booking at this kiosk's location. */
export const checkInAtKiosk = kioskAction(kioskCheckInSchema, kioskCheckIn);

/** A walk-in ticket at this kiosk's location. */
export const walkInAtKiosk = kioskAction(kioskWalkInSchema, kioskWalkIn);

/** "Send me an SMS when my turn is near" for the ticket this kiosk has just issued. */
export const nearSmsAtKiosk = kioskAction(kioskNearSmsSchema, kioskNearSms);
