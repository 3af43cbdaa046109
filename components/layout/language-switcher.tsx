"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, LOCALES, type Locale } from "@/lib/i18n/settings";

/** Each language in its own script, linking to the same page in that language. */
export function LanguageSwitcher({ current }: { current: Locale }) {
  const { t } = useTranslation();
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.split("/").slice(2).join("/");
  return (
    <nav aria-label={t("common:language.label")}>
      <ul className="flex flex-wrap gap-1 text-sm">
        {LOCALES.map((l) => (
          <li key={l}>
            <Link
              href={`/${l}${rest ? "/" + rest : ""}`}
              lang={l}
              hrefLang={l}
              aria-current={l === current ? "true" : undefined}
              className={`rounded px-2 py-1 ${l === current ? "bg-brand-700 text-white" : "text-brand-800 underline hover:bg-brand-50"}`}
            >
              {LANGUAGE_NAMES[l]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
