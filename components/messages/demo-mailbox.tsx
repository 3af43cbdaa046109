import type { TFunction } from "i18next";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { DemoMail, DemoSms } from "@/lib/messages/demo-mailbox";

/**
 * The demo mailbox: newest first, each message opens in place (details/summary: keyboard and
 * screen readers get it for free). The plain-text part is shown, never the HTML: the demo must
 * not render markup that arrived by mail.
 */
export function DemoMailList({ locale, mails, t }: { locale: Locale; mails: DemoMail[]; t: TFunction }) {
  if (mails.length === 0) return <p>{t("messages:mailbox.empty")}</p>;
  return (
    <ul className="space-y-3">
      {mails.map((m) => (
        <li key={m.id} className="rounded border border-slate-300">
          <details>
            <summary className="cursor-pointer p-3">
              <span className="block font-medium">{m.subject}</span>
              <span className="block text-sm text-slate-700">
                {t("messages:mailbox.to")}: <bdi>{m.to}</bdi> · {t("messages:mailbox.date")}: {formatDateTime(locale, m.date)}
              </span>
            </summary>
            <div className="border-t border-slate-300 p-3">
              <pre dir="auto" className="whitespace-pre-wrap break-words font-sans">{m.text}</pre>
              {m.attachments.length > 0 && (
                <p className="mt-3">
                  {t("messages:mailbox.attachments")}:{" "}
                  {m.attachments.map((a) => (
                    <a key={a.filename} className="me-3 text-brand-800 underline" download={a.filename} href={`data:${a.contentType.split(";")[0]};base64,${a.content}`}>
                      {a.filename}
                    </a>
                  ))}
                </p>
              )}
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}

export function DemoSmsList({ locale, sms, t }: { locale: Locale; sms: DemoSms[]; t: TFunction }) {
  if (sms.length === 0) return <p>{t("messages:mailbox.empty")}</p>;
  return (
    <ul className="space-y-3">
      {sms.map((s) => (
        <li key={s.id} className="rounded border border-slate-300 p-3">
          <p className="text-sm text-slate-700">
            {t("messages:mailbox.to")}: <bdi>{s.to}</bdi> · {t("messages:mailbox.date")}: {formatDateTime(locale, s.date)}
          </p>
          <p dir="auto" className="mt-1 break-words">{s.text}</p>
        </li>
      ))}
    </ul>
  );
}
