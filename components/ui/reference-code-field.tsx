import { TextField } from "./field";

/**
 * A printed reference code (booking, draw entry: "ABCD-2345") typed by a newcomer: left to
 * right in every script, no autofill, no autocorrect, shown in capitals.
 */
export function ReferenceCodeField({ label, hint, defaultValue, errors }: { label: string; hint: string; defaultValue?: string; errors?: string[] }) {
  return (
    <TextField label={label} hint={hint} name="code" defaultValue={defaultValue} dir="ltr" autoComplete="off" autoCapitalize="characters"
      spellCheck={false} required errors={errors} />
  );
}
