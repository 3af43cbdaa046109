import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { messageStoreDir } from "./message-store";

/** What an SMS gateway must offer; a provider for a real gateway implements just this. */
export interface SmsProvider {
  send(to: string, text: string): Promise<void>;
}

export type LoggedSms = { to: string; text: string; date: string };

/**
 * SMS_PROVIDER=log (the only provider so far, and the default): nothing leaves the machine. Each
 * SMS is written as a JSON file to <data>/sms/ (the demo mailbox page lists them) and announced
 * on the console with the number shortened.
 */
export function logSmsProvider(dir = messageStoreDir("sms")): SmsProvider {
  return {
    async send(to, text) {
      await mkdir(dir, { recursive: true });
      const name = `${Date.now()}-${randomUUID()}.json`;
      const sms: LoggedSms = { to, text, date: new Date().toISOString() };
      // written under a temporary name first: a reader never sees half a file
      await writeFile(path.join(dir, `.${name}`), JSON.stringify(sms), { mode: 0o600 });
      await rename(path.join(dir, `.${name}`), path.join(dir, name));
      console.log(`[sms] to …${to.slice(-3)}: ${text}`);
    },
  };
}

export function smsProviderFromEnv(): SmsProvider {
  const name = (process.env.SMS_PROVIDER ?? "log").trim();
  if (name === "log") return logSmsProvider();
  throw new Error(`SMS_PROVIDER=${name} is unknown (available: log)`);
}
