"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import { useTranslation } from "react-i18next";

const minutesLeft = (expiresAt: string) => Math.max(0, Math.ceil((Date.parse(expiresAt) - Date.now()) / 60_000));

/**
 * How long the chosen time stays reserved, counting down while the form is filled in; once it
 * has run out, says so and leads back to choosing a time (the server would refuse anyway).
 * Not a live region: a screen reader is not interrupted every minute.
 */
export function HoldCountdown({ expiresAt, clock, initialMinutes, chooseAgainHref }: { expiresAt: string; clock: string; initialMinutes: number; chooseAgainHref: string }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(initialMinutes);
  useEffect(() => {
    const tick = () => setMinutes(minutesLeft(expiresAt));
    tick();
    const timer = setInterval(tick, 10_000);
    return () => clearInterval(timer);
  }, [expiresAt]);

  if (minutes <= 0) {
    return (
      <div role="alert" className="text-red-900">
        <p>{t("booking:error.holdExpired")}</p>
        <Link href={chooseAgainHref} className="font-medium underline">
          {t("booking:flow.chooseAgain")}
        </Link>
      </div>
    );
  }
  return <p data-testid="hold-remaining">{t("booking:details.heldUntil", { time: clock, minutes })}</p>;
}
