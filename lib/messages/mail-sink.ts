import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type MailSink = { port: number; url: string; stop(): Promise<void> };

/**
 * The demo's (and the tests') mail server: a real SMTP server on 127.0.0.1 that accepts every
 * message and keeps it as an .eml file in `dir`, so the portal sends e-mail exactly as it would
 * in production, and people and tests read what arrived. Never reachable from outside.
 * Port 0 picks a free port.
 */
export async function startMailSink(opts: { dir: string; port: number }): Promise<MailSink> {
  await mkdir(opts.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    banner: "EineHand demo mail sink",
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("error", callback);
      stream.on("end", () => {
        const name = `${Date.now()}-${randomUUID()}.eml`;
        // a temporary name first: the mailbox never lists half a message
        writeFile(path.join(opts.dir, `.${name}`), Buffer.concat(chunks), { mode: 0o600 })
          .then(() => rename(path.join(opts.dir, `.${name}`), path.join(opts.dir, name)))
          .then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
