import { z } from "zod";

/** Every expected failure the API can answer, each with a catalogue message `error.<code>`. */
export const ERROR_CODES = [
  "validation_failed",
  "bad_request",
  "unauthenticated",
  "forbidden",
  "not_found",
  "email_taken",
  "invalid_credentials",
  "rate_limited",
  "csrf_invalid",
  "invitation_invalid",
  "organisation_kind_mismatch",
  "already_member",
  "last_owner",
  "token_scope_missing",
  "mailbox_disabled",
  "engagement_not_pending",
  "organisation_kind_wrong",
  "unknown_skill",
  "brief_not_publishable",
  "brief_not_editable",
  "proposal_not_editable",
  "proposal_not_submittable",
  "proposal_wrong_state",
  "agreement_version_signed",
  "agreement_not_signable",
  "agreement_stale",
  "agreement_already_signed",
  "agreement_draft_exists",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status each code is answered with. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  email_taken: 409,
  invalid_credentials: 401,
  rate_limited: 429,
  csrf_invalid: 403,
  invitation_invalid: 410,
  organisation_kind_mismatch: 422,
  already_member: 409,
  last_owner: 409,
  token_scope_missing: 403,
  mailbox_disabled: 404,
  engagement_not_pending: 409,
  organisation_kind_wrong: 422,
  unknown_skill: 422,
  brief_not_publishable: 422,
  brief_not_editable: 409,
  proposal_not_editable: 409,
  proposal_not_submittable: 422,
  proposal_wrong_state: 409,
  agreement_version_signed: 409,
  agreement_not_signable: 422,
  agreement_stale: 409,
  agreement_already_signed: 409,
  agreement_draft_exists: 409,
  internal: 500,
};

export const FieldError = z.object({
  path: z.string().meta({ description: "Dotted path of the field, e.g. `email` or `scopes.0`" }),
  code: z.string(),
  message: z.string(),
});

/** The one error shape of the whole API. */
export const ErrorResponse = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string().meta({ description: "Localised for the caller" }),
    fields: z.array(FieldError).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;
