"use server";
import { kioskAction } from "@/lib/actions/kiosk-action";
import { kioskCheckIn, kioskCheckInSchema, kioskWalkIn, kioskWalkInSchema } from "./kiosk-operations";

/** Check-in of today's booking at this kiosk's location. */
export const checkInAtKiosk = kioskAction(kioskCheckInSchema, kioskCheckIn);

/** A walk-in ticket at this kiosk's location. */
export const walkInAtKiosk = kioskAction(kioskWalkInSchema, kioskWalkIn);
