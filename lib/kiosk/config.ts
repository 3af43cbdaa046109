/** Seconds without a touch before the kiosk starts over (privacy); env KIOSK_IDLE_SECONDS, default 60, at least 15. */
export function kioskIdleSeconds(): number {
  const v = Number(process.env.KIOSK_IDLE_SECONDS);
  return Number.isInteger(v) && v >= 15 ? v : 60;
}
