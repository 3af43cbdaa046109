import { z } from "zod";

/**
 * Every zod message is an i18next key (namespace "errors"), so a field error is translated
 * where it is shown, in the user's language, and the same schema serves form and API.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case "too_small":
        return issue.origin === "string" && issue.minimum === 1 ? "errors:required" : "errors:tooShort";
      case "too_big":
        return "errors:tooLong";
      case "invalid_format":
        return issue.format === "email" ? "errors:email" : "errors:invalidFormat";
      case "invalid_value":
        return "errors:invalidChoice";
      case "invalid_type":
        return issue.input === undefined || issue.input === "" ? "errors:required" : "errors:invalidFormat";
      default:
        return "errors:invalidFormat";
    }
  },
});

export { z };

/** FormData → plain object; fields named `x[]` become arrays named `x`, empty strings stay. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    if (key.endsWith("[]")) out[key.slice(0, -2)] = values;
    else out[key] = values[0];
  }
  return out;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Optional text fields from forms arrive as "": treat them as absent. */
export const optionalText = (max = 200) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max).optional());

/** A calendar date "YYYY-MM-DD" (date inputs), not in the future. */
export const pastDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "errors:invalidDate" })
  .refine((s) => !Number.isNaN(Date.parse(s + "T00:00:00Z")) && new Date(s + "T00:00:00Z") <= new Date(), { error: "errors:invalidDate" });
