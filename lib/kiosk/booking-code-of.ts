/**
 * A scanned receipt QR code carries the manage URL (…/booking?code=XXXX-XXXX&t=…); typed input
 * is the code itself. Either way, only the code goes on — never the manage token.
 */
export function bookingCodeOf(text: string): string {
  const trimmed = text.trim();
  try {
    return new URL(trimmed).searchParams.get("code") ?? trimmed;
  } catch {
    return trimmed;
  }
}
