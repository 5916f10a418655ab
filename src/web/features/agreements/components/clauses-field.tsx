import { FormattedMessage, useIntl } from "react-intl";
import { TextAreaField } from "../../../shared/components/fields";
import { RepeatedGroup } from "../../../shared/components/list-fields";
import { anchorFor } from "../../../shared/lib/anchors";
import { AGREEMENT_SCOPE } from "./agreement-rules-fields";

type Clause = { id: string; text: string };

/** Clauses either side adds in its own words; the fair-terms check reads them like the rest. */
export function ClausesField({
  value,
  onChange,
  errorFor,
}: {
  value: Clause[];
  onChange: (clauses: Clause[]) => void;
  errorFor: (path: string) => string | undefined;
}) {
  const intl = useIntl();
  return (
    <RepeatedGroup<Clause>
      id={anchorFor(AGREEMENT_SCOPE, "additionalClauses")}
      legend={<FormattedMessage id="agreement.clauses" />}
      hint={<FormattedMessage id="agreement.clauses.hint" />}
      items={value}
      keyOf={(clause) => clause.id}
      itemLegend={(index) => intl.formatMessage({ id: "agreement.clause.item" }, { n: index + 1 })}
      addLabel={<FormattedMessage id="agreement.clause.add" />}
      newItem={() => ({ id: crypto.randomUUID(), text: "" })}
      onChange={onChange}
      renderItem={(clause, update, index) => (
        <TextAreaField
          id={anchorFor(AGREEMENT_SCOPE, `additionalClauses.${index}.text`)}
          label={<FormattedMessage id="agreement.clause.text" />}
          maxLength={5000}
          rows={3}
          value={clause.text}
          error={errorFor(`additionalClauses.${index}.text`)}
          onChange={(event) => update({ ...clause, text: event.target.value })}
        />
      )}
    />
  );
}
