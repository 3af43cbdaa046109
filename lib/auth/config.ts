import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate, type LoginFailure } from "./authenticate";
import { clientIp } from "./client-ip";

class LoginError extends CredentialsSignin {
  constructor(reason: LoginFailure) {
    super();
    this.code = reason; // safe to show: never reveals whether the account exists
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().max(200),
  password: z.string().max(500),
  totp: z.string().trim().max(32).optional().default(""),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // refused sign-ins are expected and audited (lib/auth/authenticate.ts): no stack traces for them
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  session: { strategy: "jwt", maxAge: 10 * 60 * 60 }, // one working day
  pages: { signIn: "/de/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, totp: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new LoginError("invalid");
        const result = await authenticate({ ...parsed.data, ip: clientIp(request.headers) });
        if (!result.ok) throw new LoginError(result.reason);
        return { id: result.userId, sv: result.sessionVersion } as never;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as unknown as { sv: number }).sv;
      }
      return token;
    },
    // Only ids travel in the cookie; role and lane are read fresh from the database per request.
    session({ session, token }) {
      return { ...session, uid: token.uid as string, sv: token.sv as number };
    },
  },
});
