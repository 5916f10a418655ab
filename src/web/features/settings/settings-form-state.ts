import type { FormWords } from "../../shared/forms/issue-message";

export const SETTINGS_WORDS: FormWords = { name: { required: "form.settings.nameMissing" } };
