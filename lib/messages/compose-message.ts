import type { TFunction } from "i18next";
import type { BookingMessageKind } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import { directionOf } from "@/lib/i18n/settings";

/** What every message says, in one language. */
export type MessageFacts = {
  kind: BookingMessageKind;
  code: string;
  serviceName: string;
  startsAt: Date;
  location: { name: string; address: string };
  documents: string[];
  /** the manage page (cancel, reschedule) — or, after a cancellation, where to book again */
  link: string;
};

const SUBJECT = {
  CONFIRMATION: "messages:subject.confirmation",
  REMINDER: "messages:subject.reminder",
  CANCELLATION: "messages:subject.cancellation",
  RESCHEDULED: "messages:subject.rescheduled",
} as const;
const INTRO = {
  CONFIRMATION: "messages:intro.confirmation",
  REMINDER: "messages:intro.reminder",
  CANCELLATION: "messages:intro.cancellation",
  RESCHEDULED: "messages:intro.rescheduled",
} as const;
const SMS = {
  CONFIRMATION: "messages:sms.confirmation",
  REMINDER: "messages:sms.reminder",
  CANCELLATION: "messages:sms.cancellation",
  RESCHEDULED: "messages:sms.rescheduled",
} as const;

export type ComposedEmail = { subject: string; text: string; html: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** One language's part of an e-mail: subject, plain text and the same as simple HTML. */
export function composeEmail(t: TFunction, locale: Locale, f: MessageFacts): ComposedEmail {
  const when = formatDateTime(locale, f.startsAt);
  const cancelled = f.kind === "CANCELLATION";
  const facts: [string, string][] = [
    [t("messages:field.code"), f.code],
    [t("messages:field.service"), f.serviceName],
    [t("messages:field.when"), when],
    [t("messages:field.location"), `${f.location.name}, ${f.location.address}`],
  ];
  const documents = cancelled ? [] : f.documents.map((d) => t(`catalogue:document.${d}`, { defaultValue: d }));
  const linkLabel = cancelled ? t("messages:bookAgain") : t("messages:manage");
  const text = [
    t(INTRO[f.kind]),
    "",
    ...facts.map(([k, v]) => `${k}: ${v}`),
    ...(documents.length ? ["", t("messages:documents"), ...documents.map((d) => `- ${d}`)] : []),
    "",
    linkLabel,
    f.link,
    "",
    t("messages:footer"),
  ].join("\n");
  const html = `<div lang="${locale}" dir="${directionOf(locale)}">
<p>${escapeHtml(t(INTRO[f.kind]))}</p>
<table>${facts.map(([k, v]) => `<tr><th scope="row" style="text-align:start;padding-inline-end:1em">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</table>
${documents.length ? `<p>${escapeHtml(t("messages:documents"))}</p><ul>${documents.map((d) => `<li>${escapeHtml(d)}</li>`).join("")}</ul>` : ""}
<p>${escapeHtml(linkLabel)}<br><a href="${escapeHtml(f.link)}">${escapeHtml(f.link)}</a></p>
<p><small>${escapeHtml(t("messages:footer"))}</small></p>
</div>`;
  return { subject: t(SUBJECT[f.kind], { code: f.code, service: f.serviceName, when }), text, html };
}

/** One language's SMS: short, with the code, the time and the link. */
export function composeSms(t: TFunction, locale: Locale, f: MessageFacts): string {
  return t(SMS[f.kind], { code: f.code, when: formatDateTime(locale, f.startsAt), location: f.location.name, link: f.link });
}

/** Several languages in one message (a language the portal does not speak: German, then English). */
export function joinEmails(parts: ComposedEmail[]): ComposedEmail {
  return {
    subject: parts.map((p) => p.subject).join(" / "),
    text: parts.map((p) => p.text).join("\n\n----------\n\n"),
    html: `<!doctype html><html><body>${parts.map((p) => p.html).join("<hr>")}</body></html>`,
  };
}
