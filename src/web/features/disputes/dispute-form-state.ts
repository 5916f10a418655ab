import { OpenDisputeBody } from "../../../contracts/disputes";
import type { FormWords } from "../../shared/forms/issue-message";

/**
 * What a person writes when opening a dispute; the subject is picked from the record's items,
 * so the form checks the texts and adds the subject on sending.
 */
export const OpenDisputeForm = OpenDisputeBody.pick({ statement: true, wants: true });

export const OPEN_DISPUTE_WORDS: FormWords = {
  statement: { required: "form.dispute.statementMissing" },
  wants: { required: "form.dispute.wantsMissing" },
};

export const RESPOND_WORDS: FormWords = { response: { required: "form.dispute.responseMissing" } };

export const RECOMMEND_WORDS: FormWords = {
  recommendation: { required: "form.dispute.recommendationMissing" },
};
