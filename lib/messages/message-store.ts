import path from "node:path";

/**
 * Where the demo keeps what it "sent": .eml files from the local SMTP sink and the SMS the log
 * provider wrote — under the portal's data folder (EINEHAND_DATA_DIR, default .data), which
 * scripts/serve.ts, the worker and Next.js share.
 */
export const messageStoreDir = (kind: "mail" | "sms") => path.resolve(process.env.EINEHAND_DATA_DIR ?? ".data", kind);
