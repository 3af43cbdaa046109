"use client";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { ticketOpAction, transferAction } from "@/lib/counter/actions";
import type { TransferTarget } from "@/lib/counter/get-counter-desk";
import { useRefreshAction } from "./use-refresh-action";

type Op = "recall" | "start" | "noShow" | "finish";

/** Recall, start, no-show and finish on the called ticket, and the transfer to another queue. */
export function TicketControls({ ticketId, status, targets }: { ticketId: string; status: string; targets: TransferTarget[] }) {
  const { t } = useTranslation();
  const op = useRefreshAction(ticketOpAction);
  const transfer = useRefreshAction(transferAction);
  const labels: Record<Op, string> = {
    recall: t("console:recall"),
    start: t("console:start"),
    noShow: t("console:noShow"),
    finish: t("console:finish"),
  };
  // recall and no-show make sense only while the person has not come to the counter yet
  const ops: Op[] = status === "CALLED" ? ["recall", "start", "noShow", "finish"] : ["finish"];
  return (
    <div className="flex flex-col gap-4">
      <FormStatus state={op.state} />
      <div className="flex flex-wrap gap-2">
        {ops.map((o) => (
          <form key={o} action={op.dispatch}>
            <input type="hidden" name="ticketId" value={ticketId} />
            <input type="hidden" name="op" value={o} />
            <Button type="submit" disabled={op.pending} variant={o === "finish" ? "primary" : o === "noShow" ? "danger" : "secondary"} data-testid={`op-${o}`}>
              {labels[o]}
            </Button>
          </form>
        ))}
      </div>
      <form action={transfer.dispatch} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="ticketId" value={ticketId} />
        <SelectField
          label={t("console:transferTo")}
          name="target"
          required
          options={targets.map((x) => ({
            value: x.kind === "lane" ? `lane:${x.lane}` : `service:${x.serviceCode}`,
            label: x.queueName,
          }))}
        />
        <Button type="submit" variant="secondary" disabled={transfer.pending}>
          {t("console:transfer")}
        </Button>
      </form>
      <FormStatus state={transfer.state} />
    </div>
  );
}
