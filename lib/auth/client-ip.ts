/**
 * The client's address as the reverse proxy reports it. Only the first X-Forwarded-For hop is
 * used; deployments without a trusted proxy in front must strip that header (README).
 */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
