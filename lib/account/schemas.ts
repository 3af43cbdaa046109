import { z } from "@/lib/validation";

/** A current code from the authenticator app; phones show it as "123 456". */
export const totpCodeSchema = z.object({
  code: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\s+/g, "") : v),
    z.string().min(1).regex(/^\d{6}$/, { error: "account:error.codeFormat" }),
  ),
});
export type TotpCodeInput = z.infer<typeof totpCodeSchema>;

export const noInputSchema = z.object({});
