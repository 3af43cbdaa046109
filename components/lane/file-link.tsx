import Link from "next/link";

/** Link to a file in the lane's case view; shows the file number (never an internal id). */
export function FileLink({ locale, fileNumber }: { locale: string; fileNumber: string }) {
  return (
    <Link href={`/${locale}/lane/files/${encodeURIComponent(fileNumber)}`} className="font-mono text-brand-800 underline">
      {fileNumber}
    </Link>
  );
}
