"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "./config";
import { getStaffSession } from "./staff-session";
import { isLocale } from "@/lib/i18n/settings";
import { signOutEverywhere } from "./sign-out-everywhere";

export type LoginState = { errorKey?: string; needTotp?: boolean } | null;

const loginSchema = z.object({
  locale: z.string().refine(isLocale),
  email: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(500),
  totp: z.string().trim().max(32).optional(),
});

const REASON_KEYS: Record<string, string> = {
  invalid: "auth:error.invalid",
  locked: "auth:error.locked",
  totp_required: "auth:error.totpRequired",
  totp_invalid: "auth:error.totpInvalid",
};

export async function loginAction(_previous: LoginState, form: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errorKey: "auth:error.invalid" };
  const { locale, email, password, totp } = parsed.data;
  try {
    await signIn("credentials", { email, password, totp: totp ?? "", redirectTo: `/${locale}/staff` });
    return null;
  } catch (e) {
    if (e instanceof AuthError) {
      const code = e instanceof CredentialsSignin ? e.code : "invalid";
      return { errorKey: REASON_KEYS[code] ?? REASON_KEYS.invalid, needTotp: code === "totp_required" || code === "totp_invalid" };
    }
    throw e; // the redirect after success
  }
}

const localeSchema = z.object({ locale: z.string().refine(isLocale) });

export async function signOutAction(form: FormData) {
  const { locale } = localeSchema.parse(Object.fromEntries(form));
  await signOut({ redirectTo: `/${locale}/login` });
}

/** Ends every session of this account, on every device (bumps the session version). */
export async function signOutEverywhereAction(form: FormData) {
  const { locale } = localeSchema.parse(Object.fromEntries(form));
  const session = await getStaffSession();
  if (session) await signOutEverywhere(session.actor);
  await signOut({ redirectTo: `/${locale}/login` });
}
