import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { SelectField, TextAreaField, TextField, formText } from "../../../shared/components/fields";
import {
  useAppealCase,
  useDecideAppeal,
  useDecideCase,
  useRespondToCase,
} from "../api/case-actions";
import { CASE_DECISIONS, type CaseDecision, type ModerationCase } from "../moderation-types";

/** The accused organisation answers the notice. */
export function RespondForm({ item }: { item: ModerationCase }) {
  const intl = useIntl();
  const respond = useRespondToCase(item);
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "moderation.respond.title" })}
      onSubmit={(event) => {
        event.preventDefault();
        respond.mutate({ response: formText(new FormData(event.currentTarget), "response") });
      }}
    >
      <FormAlert error={respond.error} />
      <TextAreaField
        name="response"
        required
        rows={4}
        label={<FormattedMessage id="moderation.respond.field" />}
        hint={<FormattedMessage id="moderation.respond.hint" />}
        error={fieldError(respond.error, "response")}
      />
      <button type="submit" className="align-start" disabled={respond.isPending}>
        <FormattedMessage id="moderation.respond.submit" />
      </button>
    </form>
  );
}

/** A moderator decides: a sanction (or none), its length for a suspension, and the reason. */
export function DecideForm({ item }: { item: ModerationCase }) {
  const intl = useIntl();
  const decide = useDecideCase(item);
  const [decision, setDecision] = useState<CaseDecision>("no_action");
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "moderation.decide.title" })}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        decide.mutate({
          decision,
          reason: formText(data, "reason"),
          ...(decision === "suspension"
            ? { suspensionDays: Number(formText(data, "suspensionDays")) }
            : {}),
        });
      }}
    >
      <FormAlert error={decide.error} />
      <SelectField
        name="decision"
        value={decision}
        onChange={(event) => setDecision(event.target.value as CaseDecision)}
        label={<FormattedMessage id="moderation.decide.decision" />}
        hint={<FormattedMessage id="moderation.decide.decision.hint" />}
        error={fieldError(decide.error, "decision")}
      >
        {CASE_DECISIONS.map((d) => (
          <option key={d} value={d}>
            {intl.formatMessage({ id: "moderation.decision.label" }, { decision: d })}
          </option>
        ))}
      </SelectField>
      {decision === "suspension" ? (
        <TextField
          name="suspensionDays"
          type="number"
          min={1}
          max={365}
          defaultValue={30}
          className="narrow"
          label={<FormattedMessage id="moderation.decide.days" />}
          error={fieldError(decide.error, "suspensionDays")}
        />
      ) : null}
      <TextAreaField
        name="reason"
        required
        rows={3}
        label={<FormattedMessage id="moderation.decide.reason" />}
        hint={<FormattedMessage id="moderation.decide.reason.hint" />}
        error={fieldError(decide.error, "reason")}
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
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "moderation.appeal.title" })}
      onSubmit={(event) => {
        event.preventDefault();
        appeal.mutate({ reason: formText(new FormData(event.currentTarget), "reason") });
      }}
    >
      <FormAlert error={appeal.error} />
      <TextAreaField
        name="reason"
        required
        rows={3}
        label={<FormattedMessage id="moderation.appeal.field" />}
        hint={<FormattedMessage id="moderation.appeal.hint" />}
        error={fieldError(appeal.error, "reason")}
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
  return (
    <form
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "moderation.appealDecision.title" })}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        decide.mutate({
          outcome: formText(data, "outcome") === "overturned" ? "overturned" : "upheld",
          reason: formText(data, "reason"),
        });
      }}
    >
      <FormAlert error={decide.error} />
      <SelectField
        name="outcome"
        defaultValue="upheld"
        label={<FormattedMessage id="moderation.appealDecision.outcome" />}
      >
        {(["upheld", "overturned"] as const).map((outcome) => (
          <option key={outcome} value={outcome}>
            {intl.formatMessage({ id: "moderation.appeal.outcome" }, { outcome })}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="reason"
        required
        rows={3}
        label={<FormattedMessage id="moderation.decide.reason" />}
        hint={<FormattedMessage id="moderation.appealDecision.hint" />}
        error={fieldError(decide.error, "reason")}
      />
      <button type="submit" className="align-start" disabled={decide.isPending}>
        <FormattedMessage id="moderation.appealDecision.submit" />
      </button>
    </form>
  );
}
