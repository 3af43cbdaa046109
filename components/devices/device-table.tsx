"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { revokeDeviceAction } from "@/lib/devices/actions";
import type { DeviceKind } from "@/lib/generated/prisma/enums";

/** One device, its times already formatted by the page (in the staff member's language). */
export type DeviceTableRow = { id: string; kind: DeviceKind; name: string; locationName: string; lastSeen: string | null; revoked: string | null };

function RevokeButton({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const [state, dispatch, pending] = useActionState(revokeDeviceAction, null);
  return (
    <form action={dispatch} className="inline-flex items-center gap-2">
      <input type="hidden" name="deviceId" value={id} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={t("display:devices.revokeWhat", { name })}>
        {t("display:devices.revoke")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

/** Every device with where it stands, when it was last seen, and a way to take its access back. */
export function DeviceTable({ devices }: { devices: DeviceTableRow[] }) {
  const { t } = useTranslation();
  if (devices.length === 0) return <p>{t("display:devices.none")}</p>;
  return (
    <table className="w-full text-start">
      <thead>
        <tr>
          <th scope="col" className="p-2 text-start">{t("display:devices.name")}</th>
          <th scope="col" className="p-2 text-start">{t("display:devices.kind")}</th>
          <th scope="col" className="p-2 text-start">{t("display:devices.location")}</th>
          <th scope="col" className="p-2 text-start">{t("display:devices.lastSeen")}</th>
          <th scope="col" className="p-2 text-start">{t("display:devices.status")}</th>
        </tr>
      </thead>
      <tbody>
        {devices.map((d) => (
          <tr key={d.id} className="border-t border-slate-300">
            <td className="p-2">{d.name}</td>
            <td className="p-2">{d.kind === "DISPLAY" ? t("display:devices.kindDisplay") : t("display:devices.kindKiosk")}</td>
            <td className="p-2">{d.locationName}</td>
            <td className="p-2">{d.lastSeen ?? t("display:devices.neverSeen")}</td>
            <td className="p-2">{d.revoked ? t("display:devices.revokedAt", { when: d.revoked }) : <RevokeButton id={d.id} name={d.name} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
