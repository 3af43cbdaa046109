const PICTOGRAMS = {
  // a calendar with a tick: "I have an appointment"
  appointment: (
    <>
      <rect x="8" y="12" width="48" height="44" rx="4" fill="none" stroke="currentColor" strokeWidth="4" />
      <path d="M8 24h48M20 6v12M44 6v12" stroke="currentColor" strokeWidth="4" />
      <path d="M20 40l8 8 16-16" fill="none" stroke="currentColor" strokeWidth="5" />
    </>
  ),
  // a person with a question mark: "I have no appointment"
  walkIn: (
    <>
      <circle cx="24" cy="18" r="9" fill="none" stroke="currentColor" strokeWidth="4" />
      <path d="M8 58c0-12 7-20 16-20s16 8 16 20" fill="none" stroke="currentColor" strokeWidth="4" />
      <path d="M44 16c0-5 4-8 8-8s8 3 8 7c0 6-8 6-8 12M52 34v2" fill="none" stroke="currentColor" strokeWidth="4" />
    </>
  ),
} as const;

/** One big start-screen choice: pictogram plus words (the words carry the meaning). */
export function StartChoice({ href, pictogram, label, hint }: { href: string; pictogram: keyof typeof PICTOGRAMS; label: string; hint: string }) {
  return (
    <a href={href} className="flex min-h-40 items-center gap-6 rounded-lg border-4 border-brand-700 bg-white p-6 text-brand-900 hover:bg-brand-50">
      <svg viewBox="0 0 64 64" width="96" height="96" aria-hidden="true" className="shrink-0">
        {PICTOGRAMS[pictogram]}
      </svg>
      <span>
        <span className="block text-3xl font-semibold">{label}</span>
        <span className="mt-2 block text-xl text-slate-700">{hint}</span>
      </span>
    </a>
  );
}
