import { FormattedMessage, FormattedNumber } from "react-intl";
import type { HealthInput } from "../../../../domain/health/constants";
import type { HealthInputExplanation } from "../../../shared/api/types";
import { INPUT_LABELS } from "../health-labels";
import { EvidenceList } from "./evidence-list";
import { InputRawValue } from "./input-value";
import { CardTable } from "../../../shared/components/card-table";

/**
 * Every input of a score: what was measured, its value on 0–100, its weight and the points it
 * adds, and the evidence behind it. Inputs without evidence give their weight to the others.
 */
export function InputsTable({
  caption,
  inputs,
  engagementId,
}: {
  caption: React.ReactNode;
  inputs: readonly HealthInputExplanation[];
  /** Evidence links lead into this engagement; none across engagements. */
  engagementId: string | null;
}) {
  return (
    <CardTable>
      <table className="compact-table health-inputs">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="health.inputs.input" />
            </th>
            <th scope="col">
              <FormattedMessage id="health.inputs.raw" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="health.inputs.normalised" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="health.inputs.weight" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="health.inputs.contribution" />
            </th>
            {engagementId ? (
              <th scope="col">
                <FormattedMessage id="health.inputs.evidence" />
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {inputs.map((input) => (
            <tr key={input.input}>
              <th scope="row">
                <FormattedMessage id={INPUT_LABELS[input.input as HealthInput]} />
              </th>
              <td>
                <InputRawValue input={input} />
              </td>
              <td className="numeric">
                {input.normalised === null ? (
                  "–"
                ) : (
                  <>
                    <FormattedNumber value={input.normalised} maximumFractionDigits={0} />
                    {input.cappedAt === null ? null : (
                      <>
                        {" "}
                        <FormattedMessage
                          id="health.inputs.heldAt"
                          values={{ limit: input.cappedAt }}
                        />
                      </>
                    )}
                  </>
                )}
              </td>
              <td className="numeric">
                <FormattedNumber value={input.weight} />
              </td>
              <td className="numeric">
                {input.contribution === null ? (
                  "–"
                ) : (
                  <FormattedNumber value={input.contribution} maximumFractionDigits={1} />
                )}
              </td>
              {engagementId ? (
                <td>
                  <EvidenceList engagementId={engagementId} evidence={input.evidence} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </CardTable>
  );
}
