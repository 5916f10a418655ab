import type { FormWords } from "../../shared/forms/issue-message";

export const INVITE_MEMBER_WORDS: FormWords = {
  email: { required: "form.engagement.emailMissing", invalid: "form.engagement.emailInvalid" },
};
