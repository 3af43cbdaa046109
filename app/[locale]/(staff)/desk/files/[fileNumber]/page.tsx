import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { FileLanes } from "@/components/desk/file-lanes";
import { FileRequests } from "@/components/desk/file-requests";
import { MasterData } from "@/components/persons/master-data";
import { RequestForm } from "@/components/desk/request-form";
import { BookForFileLink } from "@/components/schedule/book-for-file-link";
import { isolatedPersonName } from "@/components/desk/person-name";
import { requireStaff } from "@/lib/auth/require-staff";
import { getCaseFile } from "@/lib/cases/get-case-file";
import { AppError } from "@/lib/errors";
import { getT, localeFrom } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string; fileNumber: string }> };

// the title names the file, not the person: titles end up in browser history and tab lists
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { fileNumber } = await params;
  return { title: (await getT(await localeFrom(params)))("desk:file.title", { fileNumber }) };
}

/** The front desk's view of a file: master data, public lanes, requests — never lane content. */
export default async function DeskFilePage({ params }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "request.create");
  const { fileNumber } = await params;
  const t = await getT(locale);
  const view = await getCaseFile(session.actor, fileNumber, "frontDesk").catch((e) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const birthDate = view.person.birthDate.toISOString().slice(0, 10);
  return (
    <StaffShell locale={locale} session={session}>
      <p className="mb-2">
        <Link href={`/${locale}/desk`} className="text-brand-800 underline">
          {t("desk:file.back")}
        </Link>
      </p>
      <PageHeader title={t("desk:file.heading", { name: isolatedPersonName(view.person), fileNumber: view.file.fileNumber })} />
      <Section title={t("desk:file.masterData")} id="file-master">
        <MasterData locale={locale} person={view.person} openedAt={view.file.createdAt} />
        <p className="mt-3">
          <BookForFileLink locale={locale} t={t} fileNumber={view.file.fileNumber} />
        </p>
      </Section>
      <Section title={t("desk:file.lanesTitle")} id="file-lanes">
        <FileLanes locale={locale} lanes={view.lanes} />
      </Section>
      <Section title={t("desk:file.requestsTitle")} id="file-requests">
        <FileRequests locale={locale} requests={view.requests} birthDate={birthDate} />
      </Section>
      <Section title={t("desk:request.title")} id="file-new-request">
        <RequestForm fileNumber={view.file.fileNumber} birthDate={birthDate} />
      </Section>
    </StaffShell>
  );
}
