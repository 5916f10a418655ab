import { FormattedMessage, useIntl } from "react-intl";
import { TextAreaField } from "../../../shared/components/fields";
import { LanguagePicker } from "../../../shared/components/language-picker";
import { TextListField } from "../../../shared/components/list-fields";
import { anchorFor } from "../../../shared/lib/anchors";
import { BRIEF_SCOPE, type BriefFieldsProps } from "./brief-purpose-fields";

/** The frame of the work: the business model it serves, constraints and working languages. */
export function BriefContextFields({ form, change, errorFor }: BriefFieldsProps) {
  const intl = useIntl();
  return (
    <>
      <TextAreaField
        id={anchorFor(BRIEF_SCOPE, "businessModelScope")}
        label={<FormattedMessage id="brief.field.businessModelScope" />}
        hint={<FormattedMessage id="brief.field.businessModelScope.hint" />}
        maxLength={2000}
        value={form.businessModelScope}
        error={errorFor("businessModelScope")}
        onChange={(event) => change({ businessModelScope: event.target.value })}
      />
      <TextListField
        id={anchorFor(BRIEF_SCOPE, "constraints")}
        legend={<FormattedMessage id="brief.field.constraints" />}
        itemLabel={(index) =>
          intl.formatMessage({ id: "brief.field.constraints.item" }, { n: index + 1 })
        }
        addLabel={<FormattedMessage id="brief.field.constraints.add" />}
        values={form.constraints}
        onChange={(constraints) => change({ constraints })}
      />
      <LanguagePicker
        id={anchorFor(BRIEF_SCOPE, "preferredLanguages")}
        legend={<FormattedMessage id="brief.field.preferredLanguages" />}
        hint={<FormattedMessage id="brief.field.preferredLanguages.hint" />}
        value={form.preferredLanguages}
        onChange={(preferredLanguages) => change({ preferredLanguages })}
      />
    </>
  );
}
