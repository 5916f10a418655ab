import { FormattedMessage, useIntl } from "react-intl";
import { TextField } from "../../../shared/components/fields";
import { ItemListField, TextListField } from "../../../shared/components/list-fields";
import type { AppMessageKey } from "../../../shared/i18n/messages";
import { anchorFor } from "../../../shared/lib/anchors";
import type { BriefForm } from "../brief-form-state";

export const BRIEF_SCOPE = "brief";

export interface BriefFieldsProps {
  form: BriefForm;
  change: (patch: Partial<BriefForm>) => void;
  errorFor: (path: string) => string | undefined;
}

/** What the client seeks: the title, goals, how success is measured, and what is required. */
export function BriefPurposeFields({ form, change, errorFor }: BriefFieldsProps) {
  const intl = useIntl();
  const line = (id: AppMessageKey) => (index: number) =>
    intl.formatMessage({ id }, { n: index + 1 });
  return (
    <>
      <TextField
        id={anchorFor(BRIEF_SCOPE, "title")}
        label={<FormattedMessage id="brief.field.title" />}
        required
        maxLength={200}
        value={form.title}
        error={errorFor("title")}
        onChange={(event) => change({ title: event.target.value })}
      />
      <TextListField
        id={anchorFor(BRIEF_SCOPE, "goals")}
        legend={<FormattedMessage id="brief.field.goals" />}
        hint={<FormattedMessage id="brief.field.goals.hint" />}
        itemLabel={line("brief.field.goals.item")}
        addLabel={<FormattedMessage id="brief.field.goals.add" />}
        values={form.goals}
        onChange={(goals) => change({ goals })}
      />
      <TextListField
        id={anchorFor(BRIEF_SCOPE, "successMeasures")}
        legend={<FormattedMessage id="brief.field.successMeasures" />}
        hint={<FormattedMessage id="brief.field.successMeasures.hint" />}
        itemLabel={line("brief.field.successMeasures.item")}
        addLabel={<FormattedMessage id="brief.field.successMeasures.add" />}
        values={form.successMeasures}
        onChange={(successMeasures) => change({ successMeasures })}
      />
      <ItemListField
        id={anchorFor(BRIEF_SCOPE, "mustHaves")}
        legend={<FormattedMessage id="brief.field.mustHaves" />}
        hint={<FormattedMessage id="brief.field.mustHaves.hint" />}
        itemLabel={line("brief.field.mustHaves.item")}
        addLabel={<FormattedMessage id="brief.field.mustHaves.add" />}
        values={form.mustHaves}
        maxLength={500}
        onChange={(mustHaves) => change({ mustHaves })}
      />
      <ItemListField
        id={anchorFor(BRIEF_SCOPE, "niceToHaves")}
        legend={<FormattedMessage id="brief.field.niceToHaves" />}
        itemLabel={line("brief.field.niceToHaves.item")}
        addLabel={<FormattedMessage id="brief.field.niceToHaves.add" />}
        values={form.niceToHaves}
        maxLength={500}
        onChange={(niceToHaves) => change({ niceToHaves })}
      />
    </>
  );
}
