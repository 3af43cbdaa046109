import { receiptPdf } from "@/lib/receipts/receipt-pdf";
import { bookingFileName, bookingFileRoute } from "@/lib/receipts/booking-files";

/** The printable receipt, shown in the browser's PDF viewer (inline) to print or save. */
export const GET = bookingFileRoute(async (view, texts) => ({
  body: await receiptPdf(view, texts),
  contentType: "application/pdf",
  disposition: "inline",
  filename: bookingFileName(view, "pdf"),
}));
