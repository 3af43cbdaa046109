import type { TFunction } from "i18next";
import type { AdminUserRow } from "@/lib/admin/list-users";
import { UserActions } from "./user-actions";

/** Staff accounts; state is written out in words, never shown by colour alone. */
export function UserTable({ users, selfId, t }: { users: AdminUserRow[]; selfId: string; t: TFunction }) {
  const cell = "px-3 py-2 text-start align-top";
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm" data-testid="user-table">
        <caption className="mb-2 text-start font-semibold">{t("admin:users.caption", { count: users.length })}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className={cell}>{t("admin:field.displayName")}</th>
            <th scope="col" className={cell}>{t("admin:field.email")}</th>
            <th scope="col" className={cell}>{t("admin:field.role")}</th>
            <th scope="col" className={cell}>{t("admin:users.institution")}</th>
            <th scope="col" className={cell}>{t("admin:users.status")}</th>
            <th scope="col" className={cell}>{t("admin:users.totp")}</th>
            <th scope="col" className={cell}>{t("admin:users.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={`border-b border-slate-200 ${u.active ? "" : "text-slate-600"}`}>
              <th scope="row" className={`${cell} font-medium`}>{u.displayName}</th>
              <td className={cell}>
                <bdi>{u.email}</bdi>
              </td>
              <td className={cell}>{t(`common:role.${u.role}`)}</td>
              <td className={cell}>{u.lane ? t(`common:lane.${u.lane}`) : t("admin:users.noInstitution")}</td>
              <td className={cell}>{u.active ? t("admin:users.active") : t("admin:users.inactive")}</td>
              <td className={cell}>{u.totpEnrolled ? t("admin:users.totpOn") : t("admin:users.totpOff")}</td>
              <td className={cell}>
                <UserActions userId={u.id} name={u.displayName} active={u.active} totpEnrolled={u.totpEnrolled} self={u.id === selfId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
