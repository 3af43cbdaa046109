/**
 * A name in its original script with its Latin form beside it. Each part is isolated on its own
 * (<bdi>), so an Arabic name followed by its Latin form reads right in both page directions.
 */
export function PersonName({ p }: { p: { givenName: string; familyName: string; givenNameLatin: string; familyNameLatin: string } }) {
  const original = `${p.givenName} ${p.familyName}`;
  const latin = `${p.givenNameLatin} ${p.familyNameLatin}`;
  if (original === latin) return <bdi>{original}</bdi>;
  return (
    <>
      <bdi>{original}</bdi> (<bdi>{latin}</bdi>)
    </>
  );
}

/** The same for plain text (page titles, headings passed as strings): Unicode isolates. */
export function isolatedPersonName(p: { givenName: string; familyName: string; givenNameLatin: string; familyNameLatin: string }) {
  const original = `${p.givenName} ${p.familyName}`;
  const latin = `${p.givenNameLatin} ${p.familyNameLatin}`;
  return original === latin ? `\u2068${original}\u2069` : `\u2068${original}\u2069 (\u2068${latin}\u2069)`;
}
