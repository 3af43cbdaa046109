import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { can } from "@/lib/auth/permissions";
import { isIndependentLane } from "@/lib/auth/actor";
import { getCaseFile } from "@/lib/cases/get-case-file";
import { AppError } from "@/lib/errors";
import { getT, localeFrom } from "@/lib/i18n/server";
import { formatDate, formatPersonName } from "@/lib/i18n/format";
import { listLaneStaff } from "@/lib/lanes/list-lane-staff";
import { officeDate } from "@/lib/lanes/lane-staff";
import { closeLaneAction } from "@/lib/lanes/actions";
import { CONSENT_DEFAULT_DAYS, CONSENT_MAX_DAYS, CONSENT_NOTICE_VERSION, defaultNoticeLanguage } from "@/lib/consents/notice";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { MasterData } from "@/components/persons/master-data";
import { LaneList } from "@/components/lane/lane-list";
import { EntryTable } from "@/components/lane/entry-table";
import { SharedEntries } from "@/components/lane/shared-entries";
import { ConsentTable, consentState } from "@/components/lane/consent-table";
import { EntryForm } from "@/components/lane/entry-form";
import { AssignForm } from "@/components/lane/assign-form";
import { ConsentForm } from "@/components/lane/consent-form";
import { ReferralForm } from "@/components/lane/referral-form";
import { ReferralList } from "@/components/lane/referral-list";
import { listReferrals } from "@/lib/referrals/list-referrals";
import { ActionButton } from "@/components/lane/action-button";

type Params = Promise<{ locale: string; fileNumber: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getT(await localeFrom(params));
  return { title: t("lane:file.metaTitle", { fileNumber: (await params).fileNumber }) };
}

/** Opens a file through getCaseFile (lane filter + RLS + audit); anything it does not return is a 404. */
async function load(actor: Parameters<typeof getCaseFile>[0], fileNumber: string) {
  try {
    return await getCaseFile(actor, fileNumber);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export default async function LaneFilePage({ params }: { params: Params }) {
  const locale = await localeFrom(params);
  const { fileNumber } = await params;
  const session = await requireStaff(locale, "lane.work");
  const { actor } = session;
  const t = await getT(locale);
  const view = await load(actor, fileNumber);
  const lane = view.lane!;
  const own = view.lanes.find((l) => l.lane === lane);
  const open = own?.status === "OPEN";
  const ownEntries = view.entries.filter((e) => e.lane === lane);
  const shared = view.entries.filter((e) => e.sharedByConsent);
  const [staff, referrals] = await Promise.all([
    own && can(actor.role, "lane.assign") ? listLaneStaff(actor) : [],
    listReferrals(actor, view.file.id),
  ]);
  const activeOutgoing = view.consents
    .filter((c) => c.fromLane === lane && consentState(c) === "active")
    .map((c) => ({
      id: c.id,
      toLane: c.toLane,
      label: t("lane:referralForm.consentOption", {
        categories: c.categories.map((cat) => t(`common:category.${cat}`)).join(", "),
        purpose: c.purpose,
        date: formatDate(locale, c.expiresAt),
      }),
    }));

  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("lane:file.title", { fileNumber: view.file.fileNumber, name: formatPersonName(view.person) })} />
      {!own && <p className="mb-6 rounded border border-slate-400 bg-slate-50 p-3">{t("lane:file.notOwnLane")}</p>}
      <Section id="master-data" title={t("lane:file.masterData")}>
        <MasterData locale={locale} person={view.person} openedAt={view.file.createdAt} />
      </Section>
      <Section id="lanes" title={t("lane:file.lanes.title")}>
        <LaneList locale={locale} view={view} />
      </Section>
      {own && (
        <Section id="own-entries" title={t("lane:file.ownEntries", { lane: t(`common:lane.${lane}`) })}>
          {ownEntries.length === 0 ? (
            <p>{t("lane:file.noEntries")}</p>
          ) : (
            <EntryTable locale={locale} entries={ownEntries} readOnly={false} caption={t("lane:file.ownEntries", { lane: t(`common:lane.${lane}`) })} />
          )}
        </Section>
      )}
      {shared.length > 0 && (
        <Section id="shared-entries" title={t("lane:shared.title")}>
          <p className="mb-3 text-sm">{t("lane:shared.intro")}</p>
          <SharedEntries locale={locale} entries={shared} />
        </Section>
      )}
      {own && open && can(actor.role, "laneEntry.create") && (
        <Section id="new-entry" title={t("lane:entryForm.title")}>
          <EntryForm fileNumber={view.file.fileNumber} />
        </Section>
      )}
      {own && can(actor.role, "lane.assign") && (
        <Section id="assign" title={t("lane:assign.title")}>
          <AssignForm fileNumber={view.file.fileNumber} staff={staff} current={own.assignedToId} />
        </Section>
      )}
      {(own || view.consents.length > 0) && (
        <Section id="consents" title={t("lane:consent.title")}>
          <ConsentTable locale={locale} consents={view.consents} canRevoke={can(actor.role, "consent.revoke")} />
          {own && can(actor.role, "consent.grant") && (
            <div className="mt-6">
              <h3 className="mb-2 font-semibold">{t("lane:consentForm.title")}</h3>
              <ConsentForm
                fileNumber={view.file.fileNumber}
                ownLane={lane}
                noticeVersion={CONSENT_NOTICE_VERSION}
                defaultNoticeLanguage={defaultNoticeLanguage(view.person.language)}
                today={officeDate()}
                defaultExpiresOn={officeDate(CONSENT_DEFAULT_DAYS)}
                maxExpiresOn={officeDate(CONSENT_MAX_DAYS)}
              />
            </div>
          )}
        </Section>
      )}
      {referrals.length > 0 && (
        <Section id="referrals" title={t("lane:referrals.title")}>
          <ReferralList locale={locale} referrals={referrals} />
        </Section>
      )}
      {own && can(actor.role, "referral.create") && (
        <Section id="referral" title={t("lane:referralForm.title")}>
          <ReferralForm fileNumber={view.file.fileNumber} ownLane={lane} needsConsent={isIndependentLane(lane)} consents={activeOutgoing} />
        </Section>
      )}
      {own && open && (
        <Section id="close-lane" title={t("lane:close.title")}>
          <p className="mb-3 text-sm" id="close-lane-hint">{t("lane:close.hint")}</p>
          <ActionButton action={closeLaneAction} fields={{ fileNumber: view.file.fileNumber }} label={t("lane:close.submit")} variant="danger" describedBy="close-lane-hint" />
        </Section>
      )}
    </StaffShell>
  );
}
