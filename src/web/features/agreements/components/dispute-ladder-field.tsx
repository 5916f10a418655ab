import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { DISPUTE_STEPS } from "../../../../domain/agreement/terms";
import { anchorFor } from "../../../shared/lib/anchors";
import type { DisputeStep } from "../agreement-form-state";
import { DISPUTE_STEP_LABELS } from "../agreement-labels";
import { AGREEMENT_SCOPE } from "./agreement-rules-fields";

/**
 * The steps the sides take, in order, when they disagree. Amicable steps should come first;
 * the fair-terms check warns when negotiation and mediation do not precede anything adversarial.
 */
export function DisputeLadderField({
  value,
  onChange,
}: {
  value: DisputeStep[];
  onChange: (steps: DisputeStep[]) => void;
}) {
  const intl = useIntl();
  const remaining = DISPUTE_STEPS.filter((step) => !value.includes(step));
  const [toAdd, setToAdd] = useState<DisputeStep | "">("");
  const name = (step: DisputeStep) => intl.formatMessage({ id: DISPUTE_STEP_LABELS[step] });
  const move = (from: number, to: number) => {
    const next = [...value];
    const [step] = next.splice(from, 1);
    if (step) next.splice(to, 0, step);
    onChange(next);
  };
  const id = anchorFor(AGREEMENT_SCOPE, "disputeLadder");
  const chosen = toAdd && remaining.includes(toAdd) ? toAdd : (remaining[0] ?? "");

  return (
    <fieldset className="field" id={id}>
      <legend>
        <FormattedMessage id="agreement.disputeLadder" />
      </legend>
      <p className="field-hint">
        <FormattedMessage id="agreement.disputeLadder.hint" />
      </p>
      <ol className="ladder">
        {value.map((step, index) => (
          <li key={step} className="list-line">
            <span className="ladder-step">{name(step)}</span>
            <button
              type="button"
              className="button-secondary button-small"
              disabled={index === 0}
              aria-label={intl.formatMessage(
                { id: "agreement.disputeLadder.up" },
                { step: name(step) },
              )}
              onClick={() => move(index, index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="button-secondary button-small"
              disabled={index === value.length - 1}
              aria-label={intl.formatMessage(
                { id: "agreement.disputeLadder.down" },
                { step: name(step) },
              )}
              onClick={() => move(index, index + 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="button-secondary button-small"
              aria-label={intl.formatMessage({ id: "list.remove.label" }, { item: name(step) })}
              onClick={() => onChange(value.filter((s) => s !== step))}
            >
              <FormattedMessage id="list.remove" />
            </button>
          </li>
        ))}
      </ol>
      {remaining.length > 0 ? (
        <div className="list-line">
          <label htmlFor={`${id}-add`} className="visually-hidden">
            <FormattedMessage id="agreement.disputeLadder.choose" />
          </label>
          <select
            id={`${id}-add`}
            value={chosen}
            onChange={(event) => setToAdd(event.target.value as DisputeStep)}
          >
            {remaining.map((step) => (
              <option key={step} value={step}>
                {name(step)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => chosen && onChange([...value, chosen])}
          >
            <FormattedMessage id="agreement.disputeLadder.add" />
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
