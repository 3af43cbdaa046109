import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { messageStoreDir } from "./message-store";
import type { LoggedSms } from "./sms";

export type DemoMail = {
  id: string;
  to: string;
  subject: string;
  date: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: string }[];
};
export type DemoSms = LoggedSms & { id: string };

// the demo keeps everything; the page shows the latest
const LIMIT = 200;

async function newestFiles(dir: string, ext: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  // names start with the arrival time in milliseconds: the newest sort last
  return names.filter((n) => n.endsWith(ext) && !n.startsWith(".")).sort().reverse().slice(0, LIMIT);
}

const matches = (to: string, filter?: string) => !filter || to.toLowerCase().includes(filter.toLowerCase());

/** The e-mails the demo's SMTP sink received, newest first, parsed (attachments base64). */
export async function readDemoMails(filter?: { to?: string }): Promise<DemoMail[]> {
  const dir = messageStoreDir("mail");
  const mails = await Promise.all(
    (await newestFiles(dir, ".eml")).map(async (name): Promise<DemoMail> => {
      const parsed = await simpleParser(await readFile(path.join(dir, name)));
      const to = [parsed.to ?? []].flat().map((a) => a.text).join(", ");
      return {
        id: name.replace(/\.eml$/, ""),
        to,
        subject: parsed.subject ?? "",
        date: (parsed.date ?? new Date(Number(name.split("-")[0]))).toISOString(),
        text: parsed.text ?? "",
        html: typeof parsed.html === "string" ? parsed.html : "",
        attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? "", contentType: a.contentType, content: a.content.toString("base64") })),
      };
    }),
  );
  return mails.filter((m) => matches(m.to, filter?.to));
}

/** The SMS the log provider wrote, newest first. */
export async function readDemoSms(filter?: { to?: string }): Promise<DemoSms[]> {
  const dir = messageStoreDir("sms");
  const all = await Promise.all(
    (await newestFiles(dir, ".json")).map(async (name) => ({ id: name.replace(/\.json$/, ""), ...(JSON.parse(await readFile(path.join(dir, name), "utf8")) as LoggedSms) })),
  );
  return all.filter((s) => matches(s.to, filter?.to));
}
