import { bookingCalendar } from "@/lib/receipts/calendar";
import { bookingFileName, bookingFileRoute } from "@/lib/receipts/booking-files";

/** The appointment as a calendar file; the link is in the result page, the messages and the receipt. */
export const GET = bookingFileRoute(async (view, texts) => ({
  body: bookingCalendar(view, texts),
  contentType: "text/calendar; charset=utf-8",
  disposition: "attachment",
  filename: bookingFileName(view, "ics"),
}));
