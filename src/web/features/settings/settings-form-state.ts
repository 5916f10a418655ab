import type { z } from "zod";
import type { UpdateNotificationPreferencesBody } from "../../../contracts/notifications";
import { NOTIFIED_EVENT_TYPES } from "../../../domain/notifications/notification-types";
import type { FormWords } from "../../shared/forms/issue-message";

export const SETTINGS_WORDS: FormWords = { name: { required: "form.settings.nameMissing" } };

/** What the e-mail choices hold: the event types ticked. */
export interface EmailPreferencesValues {
  emailTypes: string[];
}

/** Every type's switch, on when ticked: one left unticked turns its e-mails off. */
export function readEmailPreferences({
  emailTypes,
}: EmailPreferencesValues): z.input<typeof UpdateNotificationPreferencesBody> {
  return Object.fromEntries(NOTIFIED_EVENT_TYPES.map((type) => [type, emailTypes.includes(type)]));
}
