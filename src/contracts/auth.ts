import { z } from "zod";
import { Email, Id, LocaleCode, OrgRef, Role, Timestamp } from "./common";
import { requireSomeField } from "./input-rules";

export const PASSWORD_MIN_LENGTH = 10;

export const SignUpBody = z.object({
  email: Email,
  password: z.string().min(PASSWORD_MIN_LENGTH).max(200),
  name: z.string().trim().min(1).max(100),
  locale: LocaleCode.optional(),
});

export const LogInBody = z.object({
  email: Email,
  password: z.string().min(1).max(200),
});

export const UpdateMeBody = requireSomeField(
  z.object({
    name: z.string().trim().min(1).max(100).optional(),
    /** Null gives the language back to each request's `Accept-Language`. */
    locale: LocaleCode.nullable().optional(),
  }),
);

export const User = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  locale: LocaleCode.nullable(),
  platformRole: z.enum(["user", "moderator"]),
  createdAt: Timestamp,
});

export const Membership = z.object({ org: OrgRef, role: Role });

export const MeResponse = z.object({
  user: User,
  memberships: z.array(Membership),
  /** How this request was authenticated; API tokens are limited to one organisation. */
  authenticatedBy: z.enum(["session", "token"]),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const CsrfResponse = z.object({ token: z.string() });

/** "Forgot password": always answered alike, whether an account has this address or not. */
export const PasswordResetRequestBody = z.object({ email: Email });

/** The token travels in the body, not the URL, so it stays out of access logs. */
export const PasswordResetBody = z.object({
  token: z.string().min(1).max(200),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(200),
});
