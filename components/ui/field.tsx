"use client";
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

type Common = { label: string; name: string; errors?: string[]; hint?: string };

/** Label, control, hint and translated errors wired together for screen readers. */
function FieldShell({ label, errors, hint, id, children }: { label: string; errors?: string[]; hint?: string; id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {errors?.map((key) => (
        <p key={key} id={`${id}-error`} className="text-sm text-red-700">
          {t(key)}
        </p>
      ))}
    </div>
  );
}

const control = "min-h-11 rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700";

function describedBy(id: string, errors?: string[], hint?: string) {
  return [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

export function TextField({ label, name, errors, hint, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <FieldShell label={label} errors={errors} hint={hint} id={id}>
      <input id={id} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)} className={control} {...rest} />
    </FieldShell>
  );
}

export function TextArea({ label, name, errors, hint, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <FieldShell label={label} errors={errors} hint={hint} id={id}>
      <textarea id={id} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)} className={control} rows={4} {...rest} />
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  options,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const id = useId();
  return (
    <FieldShell label={label} errors={errors} hint={hint} id={id}>
      <select id={id} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)} className={control} {...rest}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
