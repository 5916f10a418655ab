import type { FormWords } from "../../shared/forms/issue-message";

export const CREATE_WEBHOOK_WORDS: FormWords = {
  url: { required: "form.webhook.urlMissing" },
};
