import type { SubmitBody } from "../../shared/api/types";
import type { FormWords } from "../../shared/forms/issue-message";

/** The hand-in as its form holds it: links typed one per line. Files are held beside it. */
export interface SubmitValues {
  description: string;
  links: string;
}

/** The contract's limit on links, so each line's problem can be said with its number. */
export const MAX_LINKS = 20;

export const SUBMIT_WORDS: FormWords = {
  description: { required: "form.submission.descriptionMissing" },
  "links.*": { invalid: "form.submission.linkInvalid" },
};

/**
 * The request body without its files (uploaded once the rest is fine): one link per line,
 * blank lines left out, so `links.<n>` is the n-th line with text.
 */
export function readSubmitBody(values: SubmitValues): SubmitBody {
  return {
    description: values.description,
    links: values.links
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    fileIds: [],
  };
}
