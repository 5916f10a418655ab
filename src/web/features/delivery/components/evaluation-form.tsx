import { useId, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { AcceptanceCriterion, Submission } from "../../../shared/api/types";
import { TextAreaField } from "../../../shared/components/fields";
import { fieldError, FormAlert } from "../../../shared/components/form-alert";
import { AddButton } from "../../../shared/components/list-fields";
import { useEvaluateSubmission } from "../api/evaluate-submission";
import {
  emptyEvaluation,
  toEvaluateBody,
  type EvaluationForm as FormState,
  type VerdictDraft,
} from "../evaluation-form-state";

/**
 * The client judges a round on each agreed criterion, met or not (with the reason), and may
 * add remarks outside the criteria: those are kept, cannot block acceptance, and can later be
 * turned into a priced change.
 */
export function EvaluationForm({
  engagementId,
  submission,
  criteria,
}: {
  engagementId: string;
  submission: Submission;
  criteria: readonly AcceptanceCriterion[];
}) {
  const intl = useIntl();
  const titleId = useId();
  const evaluate = useEvaluateSubmission(engagementId);
  const [form, setForm] = useState<FormState>(() => emptyEvaluation(criteria));
  const [sent, setSent] = useState<{ criterionOfVerdict: string[]; remarkOfSent: string[] }>({
    criterionOfVerdict: [],
    remarkOfSent: [],
  });
  const scope = `evaluation-${submission.id}`;

  const verdictOf = (id: string): VerdictDraft => form.verdicts[id] ?? { isMet: null, comment: "" };
  const setVerdict = (id: string, patch: Partial<VerdictDraft>) =>
    setForm((old) => ({
      ...old,
      verdicts: { ...old.verdicts, [id]: { ...verdictOf(id), ...patch } },
    }));
  const setRemarks = (remarks: FormState["remarks"]) => setForm((old) => ({ ...old, remarks }));

  /** The server counts the verdicts and remarks it was sent; map them back to the form. */
  const criterionErrors = (criterionId: string, index: number) => {
    const sentAt = sent.criterionOfVerdict.indexOf(criterionId);
    return {
      verdict:
        fieldError(evaluate.error, `criteria.${index}`) ??
        (sentAt >= 0 ? fieldError(evaluate.error, `verdicts.${sentAt}`) : undefined),
      comment: sentAt >= 0 ? fieldError(evaluate.error, `verdicts.${sentAt}.comment`) : undefined,
    };
  };
  const remarkError = (key: string) => {
    const sentAt = sent.remarkOfSent.indexOf(key);
    return sentAt >= 0 ? fieldError(evaluate.error, `remarks.${sentAt}`) : undefined;
  };
  const unmet = criteria.filter((c) => verdictOf(c.id).isMet === false).length;
  const isComplete = criteria.every((c) => verdictOf(c.id).isMet !== null);

  return (
    <form
      noValidate
      className="stack evaluation-form"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        const { body, ...mapping } = toEvaluateBody(criteria, form);
        setSent(mapping);
        evaluate.mutate({ submissionId: submission.id, body });
      }}
    >
      <h5 id={titleId}>
        <FormattedMessage id="delivery.evaluate.title" values={{ round: submission.round }} />
      </h5>
      <p className="field-hint">
        <FormattedMessage id="delivery.evaluate.intro" />
      </p>
      <FormAlert error={evaluate.error} />
      {criteria.map((criterion, index) => {
        const verdict = verdictOf(criterion.id);
        const errors = criterionErrors(criterion.id, index);
        const anchor = `${scope}-criteria-${index}`;
        return (
          <fieldset
            key={criterion.id}
            id={anchor}
            className={
              errors.verdict ? "field criterion-verdict field-invalid" : "field criterion-verdict"
            }
            aria-describedby={errors.verdict ? `${anchor}-error` : undefined}
          >
            <legend>
              <FormattedMessage
                id="delivery.evaluate.criterion"
                values={{ n: index + 1, statement: criterion.statement }}
              />
            </legend>
            {criterion.verification ? (
              <p className="field-hint">
                <FormattedMessage
                  id="terms.view.verification"
                  values={{ how: criterion.verification }}
                />
              </p>
            ) : null}
            <div className="choice-row">
              <label className="choice">
                <input
                  type="radio"
                  name={`${anchor}-verdict`}
                  checked={verdict.isMet === true}
                  onChange={() => setVerdict(criterion.id, { isMet: true })}
                />
                <span>
                  <FormattedMessage id="delivery.verdict.met" />
                </span>
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name={`${anchor}-verdict`}
                  checked={verdict.isMet === false}
                  onChange={() => setVerdict(criterion.id, { isMet: false })}
                />
                <span>
                  <FormattedMessage id="delivery.verdict.notMet" />
                </span>
              </label>
            </div>
            {errors.verdict ? (
              <p className="field-error" id={`${anchor}-error`}>
                {errors.verdict}
              </p>
            ) : null}
            <TextAreaField
              id={`${anchor}-comment`}
              rows={2}
              maxLength={5000}
              label={
                <FormattedMessage
                  id={
                    verdict.isMet === false
                      ? "delivery.evaluate.reason"
                      : "delivery.evaluate.evidence"
                  }
                />
              }
              aria-required={verdict.isMet === false || undefined}
              value={verdict.comment}
              error={errors.comment}
              onChange={(event) => setVerdict(criterion.id, { comment: event.target.value })}
            />
          </fieldset>
        );
      })}
      <fieldset className="field remarks-area">
        <legend>
          <FormattedMessage id="delivery.remarks.title" />
        </legend>
        <p className="field-hint">
          <FormattedMessage id="delivery.remarks.evaluateHint" />
        </p>
        {form.remarks.map((remark, index) => (
          <div key={remark.key} className="stack-sm">
            <TextAreaField
              id={`${scope}-remark-${remark.key}`}
              rows={2}
              maxLength={5000}
              label={<FormattedMessage id="delivery.remarks.item" values={{ n: index + 1 }} />}
              value={remark.text}
              error={remarkError(remark.key)}
              onChange={(event) =>
                setRemarks(
                  form.remarks.map((r) =>
                    r.key === remark.key ? { ...r, text: event.target.value } : r,
                  ),
                )
              }
            />
            <button
              type="button"
              className="button-secondary button-small align-start"
              aria-label={intl.formatMessage(
                { id: "list.remove.label" },
                { item: intl.formatMessage({ id: "delivery.remarks.item" }, { n: index + 1 }) },
              )}
              onClick={() => setRemarks(form.remarks.filter((r) => r.key !== remark.key))}
            >
              <FormattedMessage id="list.remove" />
            </button>
          </div>
        ))}
        <AddButton
          onClick={() => setRemarks([...form.remarks, { key: crypto.randomUUID(), text: "" }])}
        >
          <FormattedMessage id="delivery.remarks.add" />
        </AddButton>
      </fieldset>
      <p className="field-hint" aria-live="polite">
        {isComplete ? (
          <FormattedMessage
            id={
              unmet === 0 ? "delivery.evaluate.outcome.accept" : "delivery.evaluate.outcome.changes"
            }
            values={{ count: unmet }}
          />
        ) : (
          <FormattedMessage id="delivery.evaluate.outcome.incomplete" />
        )}
      </p>
      <button type="submit" disabled={evaluate.isPending}>
        <FormattedMessage id="delivery.evaluate.submit" />
      </button>
    </form>
  );
}
