import { useId } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError, isApiError } from "../../../shared/api/api-client";
import type { AcceptanceCriterion, Submission } from "../../../shared/api/types";
import { TextAreaField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { AddButton } from "../../../shared/components/list-fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useEvaluateSubmission } from "../api/evaluate-submission";
import {
  EVALUATION_WORDS,
  EvaluationFormBody,
  emptyEvaluation,
  formPathOf,
  type EvaluationValues,
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
  const form = useContractForm<typeof EvaluationFormBody, EvaluationValues>(EvaluationFormBody, {
    defaultValues: emptyEvaluation(criteria),
    words: EVALUATION_WORDS,
  });
  const { verdicts, remarks } = form.watch();
  const scope = `evaluation-${submission.id}`;

  const setVerdict = (index: number, patch: Partial<VerdictDraft>) =>
    form.change({
      verdicts: verdicts.map((verdict, at) => (at === index ? { ...verdict, ...patch } : verdict)),
    });
  const setRemarks = (next: EvaluationValues["remarks"]) => form.change({ remarks: next });
  /** The server counts the remarks it was sent: its paths are put back on the form's. */
  const showServerErrors = (error: unknown) => {
    if (!isApiError(error)) return;
    const values = form.getValues();
    const fields = error.fields.map((field) => ({
      ...field,
      path: formPathOf(field.path, values),
    }));
    form.showServerErrors(new ApiError(error.status, error.code, error.message, fields));
  };
  const unmet = verdicts.filter((verdict) => verdict.isMet === false).length;
  const isComplete = verdicts.every((verdict) => verdict.isMet !== null);

  return (
    <form
      noValidate
      className="stack evaluation-form"
      aria-labelledby={titleId}
      onSubmit={form.submitWith((body) =>
        evaluate.mutate({ submissionId: submission.id, body }, { onError: showServerErrors }),
      )}
    >
      <h5 id={titleId}>
        <FormattedMessage id="delivery.evaluate.title" values={{ round: submission.round }} />
      </h5>
      <p className="field-hint">
        <FormattedMessage id="delivery.evaluate.intro" />
      </p>
      <FormAlert error={evaluate.error} />
      {criteria.map((criterion, index) => {
        const verdict = verdicts[index] ?? { isMet: null, comment: "" };
        const errors = {
          verdict: form.errorOf(`verdicts.${index}.isMet`),
          comment: form.errorOf(`verdicts.${index}.comment`),
        };
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
                  onChange={() => setVerdict(index, { isMet: true })}
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
                  onChange={() => setVerdict(index, { isMet: false })}
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
              onChange={(event) => setVerdict(index, { comment: event.target.value })}
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
        {remarks.map((remark, index) => (
          <div key={remark.key} className="stack-sm">
            <TextAreaField
              id={`${scope}-remark-${remark.key}`}
              rows={2}
              maxLength={5000}
              label={<FormattedMessage id="delivery.remarks.item" values={{ n: index + 1 }} />}
              value={remark.text}
              error={form.errorOf(`remarks.${index}.text`)}
              onChange={(event) =>
                setRemarks(
                  remarks.map((r) =>
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
              onClick={() => setRemarks(remarks.filter((r) => r.key !== remark.key))}
            >
              <FormattedMessage id="list.remove" />
            </button>
          </div>
        ))}
        <AddButton onClick={() => setRemarks([...remarks, { key: crypto.randomUUID(), text: "" }])}>
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
