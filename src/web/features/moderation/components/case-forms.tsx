import { FormattedMessage, useIntl } from "react-intl";
import {
  AppealBody,
  CaseResponseBody,
  DecideAppealBody,
  DecideCaseBody,
} from "../../../../contracts/moderation";
import { FormAlert } from "../../../shared/components/form-alert";
import {
  CheckboxField,
  SelectField,
  TextAreaField,
  TextField,
} from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import {
  useAppealCase,
  useDecideAppeal,
  useDecideCase,
  useRespondToCase,
} from "../api/case-actions";
import {
  APPEAL_WORDS,
  canVerifyThreat,
  CASE_RESPONSE_WORDS,
  DECISION_WORDS,
  readDecideCase,
  type DecideCaseValues,
} from "../moderation-form-state";
import { CASE_DECISIONS, type ModerationCase } from "../moderation-types";

/** The accused organisation answers the notice. */
export function RespondForm({ item }: { item: ModerationCase }) {
  const intl = useIntl();
  const respond = useRespondToCase(item);
  const form = useContractForm(CaseResponseBody, {
    defaultValues: { response: "" },
    words: CASE_RESPONSE_WORDS,
  });
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "moderation.respond.title" })}
      onSubmit={form.submitWith((body) => respond.mutate(body, { onError: form.showServerErrors }))}
    >
      <FormAlert error={respond.error} />
      <TextAreaField
        required
        rows={4}
        label={<FormattedMessage id="moderation.respond.field" />}
        hint={<FormattedMessage id="moderation.respond.hint" />}
        {...form.field("response")}
      />
      <button type="submit" className="align-start" disabled={respond.isPending}>
        <FormattedMessage id="moderation.respond.submit" />
      </button>
    </form>
  );
}

/**
 * A moderator decides: a sanction (or none), its length for a suspension, and the reason. On a
 * person's report of a review, a sanction may also verify the threat the review held.
 */
export function DecideForm({ item }: { item: ModerationCase }) {
  const intl = useIntl();
  const decide = useDecideCase(item);
  const form = useContractForm<typeof DecideCaseBody, DecideCaseValues>(DecideCaseBody, {
    defaultValues: {
      decision: "no_action",
      reason: "",
      suspensionDays: "30",
      isVerifiedThreat: false,
    },
    words: DECISION_WORDS,
    read: readDecideCase,
  });
  const decision = form.watch("decision");
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "moderation.decide.title" })}
      onSubmit={form.submitWith((body) => decide.mutate(body, { onError: form.showServerErrors }))}
    >
      <FormAlert error={decide.error} />
      <SelectField
        label={<FormattedMessage id="moderation.decide.decision" />}
        hint={<FormattedMessage id="moderation.decide.decision.hint" />}
        {...form.field("decision")}
      >
        {CASE_DECISIONS.map((d) => (
          <option key={d} value={d}>
            {intl.formatMessage({ id: "moderation.decision.label" }, { decision: d })}
          </option>
        ))}
      </SelectField>
      {decision === "suspension" ? (
        <TextField
          type="number"
          min={1}
          max={365}
          required
          className="narrow"
          label={<FormattedMessage id="moderation.decide.days" />}
          {...form.field("suspensionDays")}
        />
      ) : null}
      {canVerifyThreat(item, decision) ? (
        <CheckboxField
          label={<FormattedMessage id="moderation.decide.verifiedThreat" />}
          hint={<FormattedMessage id="moderation.decide.verifiedThreat.hint" />}
          {...form.field("isVerifiedThreat")}
        />
      ) : null}
      <TextAreaField
        required
        rows={3}
        label={<FormattedMessage id="moderation.decide.reason" />}
        hint={<FormattedMessage id="moderation.decide.reason.hint" />}
        {...form.field("reason")}
      />
      <button
        type="submit"
        className={decision === "expulsion" ? "button-danger align-start" : "align-start"}
        disabled={decide.isPending}
      >
        <FormattedMessage id="moderation.decide.submit" />
      </button>
    </form>
  );
}

/** Either party appeals the decision, once. */
export function AppealForm({ item }: { item: ModerationCase }) {
  const intl = useIntl();
  const appeal = useAppealCase(item);
  const form = useContractForm(AppealBody, {
    defaultValues: { reason: "" },
    words: APPEAL_WORDS,
  });
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "moderation.appeal.title" })}
      onSubmit={form.submitWith((body) => appeal.mutate(body, { onError: form.showServerErrors }))}
    >
      <FormAlert error={appeal.error} />
      <TextAreaField
        required
        rows={3}
        label={<FormattedMessage id="moderation.appeal.field" />}
        hint={<FormattedMessage id="moderation.appeal.hint" />}
        {...form.field("reason")}
      />
      <button type="submit" className="align-start" disabled={appeal.isPending}>
        <FormattedMessage id="moderation.appeal.submit" />
      </button>
    </form>
  );
}

/** A moderator other than the one who decided upholds or overturns the decision. */
export function DecideAppealForm({ item }: { item: ModerationCase }) {
  const intl = useIntl();
  const decide = useDecideAppeal(item);
  const form = useContractForm(DecideAppealBody, {
    defaultValues: { outcome: "upheld", reason: "" },
    words: DECISION_WORDS,
  });
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "moderation.appealDecision.title" })}
      onSubmit={form.submitWith((body) => decide.mutate(body, { onError: form.showServerErrors }))}
    >
      <FormAlert error={decide.error} />
      <SelectField
        label={<FormattedMessage id="moderation.appealDecision.outcome" />}
        {...form.field("outcome")}
      >
        {(["upheld", "overturned"] as const).map((outcome) => (
          <option key={outcome} value={outcome}>
            {intl.formatMessage({ id: "moderation.appeal.outcome" }, { outcome })}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        required
        rows={3}
        label={<FormattedMessage id="moderation.decide.reason" />}
        hint={<FormattedMessage id="moderation.appealDecision.hint" />}
        {...form.field("reason")}
      />
      <button type="submit" className="align-start" disabled={decide.isPending}>
        <FormattedMessage id="moderation.appealDecision.submit" />
      </button>
    </form>
  );
}
