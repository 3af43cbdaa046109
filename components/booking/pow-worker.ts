import { handler } from "altcha-lib/workers/shared";
import { deriveKey } from "altcha-lib/algorithms/web/pbkdf2";

// altcha-lib's own worker protocol, with the browser's PBKDF2 (Web Crypto) instead of node:crypto
handler({ deriveKey });
