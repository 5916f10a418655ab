/**
 * English catalogue: the reference every other locale must match key for key (the type
 * `Catalogue` enforces it, and `src/i18n/catalogues.test.ts` checks usage and ICU syntax).
 * Keys name a meaning, never the English text.
 */
export const en = {
  "error.validation_failed": "Some fields need your attention.",
  "error.bad_request": "The request could not be read.",
  "error.unauthenticated": "Please log in to continue.",
  "error.forbidden": "Your role in this organisation does not allow this action.",
  "error.not_found": "We could not find that.",
  "error.email_taken": "An account with this e-mail address already exists.",
  "error.invalid_credentials": "The e-mail address or password is incorrect.",
  "error.rate_limited":
    "Too many attempts. Try again in {seconds, plural, one {# second} other {# seconds}}.",
  "error.csrf_invalid":
    "Your security token is missing or out of date. Reload the page and try again.",
  "error.invitation_invalid": "This invitation has expired or has already been answered.",
  "error.organisation_kind_mismatch":
    "An engagement joins a client and a provider: choose one of your {kind, select, client {client} other {provider}} organisations.",
  "error.already_member": "This person is already a member of the organisation.",
  "error.last_owner": "An organisation needs at least one owner.",
  "error.token_scope_missing": "This API token does not have the scope {scope}.",
  "error.mailbox_disabled": "The demo mailbox is shown only when e-mail is kept in the outbox.",
  "error.engagement_not_pending": "This engagement is no longer waiting for an answer.",
  "error.internal": "Something went wrong on our side. Please try again.",

  "validation.required": "This field is required.",
  "validation.invalid_type": "This value has the wrong type.",
  "validation.too_short":
    "Must be at least {minimum, plural, one {# character} other {# characters}} long.",
  "validation.too_long":
    "Must be at most {maximum, plural, one {# character} other {# characters}} long.",
  "validation.too_few_items": "Choose at least {minimum, plural, one {# item} other {# items}}.",
  "validation.too_many_items": "Choose at most {maximum, plural, one {# item} other {# items}}.",
  "validation.too_small": "Must be at least {minimum, number}.",
  "validation.too_big": "Must be at most {maximum, number}.",
  "validation.invalid_email": "Enter a valid e-mail address.",
  "validation.invalid_option": "Choose one of: {options}.",
  "validation.unknown_field": "This field is not expected here.",
  "validation.invalid": "This value is not valid.",

  "role.owner": "Owner",
  "role.member": "Member",
  "role.viewer": "Viewer",
  "orgKind.client": "Client",
  "orgKind.provider": "Provider",

  "mail.membership_invitation.subject": "{inviter} invites you to join {org} on Accord",
  "mail.membership_invitation.body":
    "Hello,\n\n{inviter} invites you to join {org} on Accord as {role, select, owner {an owner} member {a member} other {a viewer}}.\n\nTo accept, open this link: {link}\n\nThis invitation expires on {expiresAt, date, long}.\n\nAccord",
  "mail.engagement_invitation.subject": "{org} invites you to an engagement: {title}",
  "mail.engagement_invitation.body":
    "Hello,\n\n{inviter} of {org} ({kind, select, client {client} other {provider}}) invites your organisation to an engagement on Accord: “{title}”.\n\nTo accept it for one of your organisations, open this link: {link}\n\nThis invitation expires on {expiresAt, date, long}.\n\nAccord",
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
