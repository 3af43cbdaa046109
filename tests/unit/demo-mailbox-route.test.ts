import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/demo/mailbox.json/route";

const request = (query = "") => new NextRequest(`http://localhost/demo/mailbox.json${query}`);
const saved = { demo: process.env.EINEHAND_DEMO, dir: process.env.EINEHAND_DATA_DIR };
afterEach(() => {
  process.env.EINEHAND_DEMO = saved.demo;
  process.env.EINEHAND_DATA_DIR = saved.dir;
});

describe("GET /demo/mailbox.json", () => {
  it("does not exist outside the demo", async () => {
    process.env.EINEHAND_DEMO = "0";
    expect((await GET(request())).status).toBe(404);
  });

  it("in the demo lists the sink's mails and the logged SMS, filtered by recipient", async () => {
    process.env.EINEHAND_DEMO = "1";
    process.env.EINEHAND_DATA_DIR = await mkdtemp(path.join(os.tmpdir(), "einehand-mailbox-"));
    const mail = path.join(process.env.EINEHAND_DATA_DIR, "mail");
    const sms = path.join(process.env.EINEHAND_DATA_DIR, "sms");
    await mkdir(mail);
    await mkdir(sms);
    const eml = (to: string, subject: string) => `From: a@example.org\r\nTo: ${to}\r\nSubject: ${subject}\r\nDate: Tue, 01 Dec 2026 10:00:00 +0000\r\n\r\nHallo ${to}\r\n`;
    await writeFile(path.join(mail, "1000-a.eml"), eml("x@example.org", "first"));
    await writeFile(path.join(mail, "2000-b.eml"), eml("y@example.org", "second"));
    await writeFile(path.join(mail, "3000-c.eml"), eml("x@example.org", "third"));
    await writeFile(path.join(sms, "1000-a.json"), JSON.stringify({ to: "+49 170 1", text: "code", date: "2026-12-01T10:00:00Z" }));

    const mails = await (await GET(request("?to=x@example.org"))).json();
    expect(mails.map((m: { subject: string }) => m.subject)).toEqual(["third", "first"]);
    expect(mails[0].text).toContain("Hallo x@example.org");
    expect(await (await GET(request("?channel=sms&to=%2B49 170"))).json()).toEqual([{ id: "1000-a", to: "+49 170 1", text: "code", date: "2026-12-01T10:00:00Z" }]);
  });
});
