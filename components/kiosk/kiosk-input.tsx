/** A large, labelled kiosk input; the field's error (an i18n key, already translated) sits below it. */
export function KioskInput({ name, label, hint, error, ...props }: { name: string; label: string; hint?: string; error?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-5">
      <label htmlFor={name} className="mb-1 block text-xl font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="mb-1 text-lg text-slate-700">
          {hint}
        </p>
      )}
      <input id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className="min-h-16 w-full rounded border-2 border-slate-500 px-4 text-2xl" {...props} />
      {error && (
        <p id={`${name}-error`} className="mt-1 text-lg text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
