import type { QueueStatisticsQueryInput } from "./queue-statistics-schemas";

/**
 * The report's form fields from a query string: an empty field (the form's "all locations", a
 * cleared date) means "not given", so the schema's defaults apply.
 */
export function reportInput(search: URLSearchParams | Record<string, string | string[] | undefined>): QueueStatisticsQueryInput {
  const get = (k: string) => {
    const v = search instanceof URLSearchParams ? search.get(k) : search[k];
    return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
  };
  return { from: get("from"), to: get("to"), locationId: get("location") };
}
