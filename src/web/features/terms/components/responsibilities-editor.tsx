import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { TextField } from "../../../shared/components/fields";
import { RepeatedGroup } from "../../../shared/components/list-fields";
import { anchorFor } from "../../../shared/lib/anchors";
import { newResponsibility, type ResponsibilityForm } from "../terms-form-state";
import type { TermsEditorProps } from "./deliverables-editor";

/** What one side commits to provide, each with the date it is needed by. */
export function ResponsibilitiesEditor({
  scope,
  errorFor,
  path,
  legend,
  side,
  items,
  onChange,
}: TermsEditorProps & {
  path: "clientResponsibilities" | "providerResponsibilities";
  legend: ReactNode;
  side: "client" | "provider";
  items: ResponsibilityForm[];
  onChange: (items: ResponsibilityForm[]) => void;
}) {
  const intl = useIntl();
  return (
    <RepeatedGroup<ResponsibilityForm>
      id={anchorFor(scope, path)}
      legend={legend}
      items={items}
      keyOf={(r) => r.id}
      itemLegend={(index) =>
        intl.formatMessage({ id: "terms.responsibility.item" }, { n: index + 1, side })
      }
      addLabel={<FormattedMessage id="terms.responsibility.add" values={{ side }} />}
      newItem={newResponsibility}
      onChange={onChange}
      renderItem={(item, update, index) => (
        <div className="inline-fields">
          <TextField
            id={anchorFor(scope, `${path}.${index}.what`)}
            label={<FormattedMessage id="terms.responsibility.what" />}
            required
            maxLength={1000}
            value={item.what}
            error={errorFor(`${path}.${index}.what`)}
            onChange={(event) => update({ ...item, what: event.target.value })}
          />
          <TextField
            id={anchorFor(scope, `${path}.${index}.dueDate`)}
            type="date"
            label={<FormattedMessage id="terms.responsibility.dueDate" />}
            value={item.dueDate}
            error={errorFor(`${path}.${index}.dueDate`)}
            onChange={(event) => update({ ...item, dueDate: event.target.value })}
          />
        </div>
      )}
    />
  );
}
