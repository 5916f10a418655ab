import { FormattedMessage, FormattedNumber, useIntl } from "react-intl";
import type { SideResponsiveness } from "../../../shared/api/types";
import { QueryError } from "../../../shared/components/query-state";
import { ORG_KIND_LABELS } from "../../../shared/i18n/labels";
import { useResponsiveness } from "../api/get-responsiveness";
import { durationOf } from "../durations";
import { CardTable } from "../../../shared/components/card-table";

/**
 * How quickly each side answers the other, against the response times of the agreement in
 * force: the same measure for both sides, shown to both.
 */
export function ResponsivenessSummary({ engagementId }: { engagementId: string }) {
  const responsiveness = useResponsiveness(engagementId);
  if (responsiveness.isPending) return null;
  if (responsiveness.isError) {
    return (
      <QueryError error={responsiveness.error} onRetry={() => void responsiveness.refetch()} />
    );
  }
  const data = responsiveness.data;
  return (
    <section className="stack-sm" aria-labelledby="responsiveness-title">
      <h2 id="responsiveness-title" className="h-small">
        <FormattedMessage id="messages.responsiveness.title" />
      </h2>
      <CardTable>
        <table className="compact-table">
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="messages.responsiveness.column.side" />
              </th>
              <th scope="col">
                <FormattedMessage id="messages.responsiveness.column.agreed" />
              </th>
              <th scope="col">
                <FormattedMessage id="messages.responsiveness.column.answered" />
              </th>
              <th scope="col">
                <FormattedMessage id="messages.responsiveness.column.median" />
              </th>
              <th scope="col">
                <FormattedMessage id="messages.responsiveness.column.worst" />
              </th>
              <th scope="col">
                <FormattedMessage id="messages.responsiveness.column.within" />
              </th>
              <th scope="col">
                <FormattedMessage id="messages.responsiveness.column.awaiting" />
              </th>
            </tr>
          </thead>
          <tbody>
            <SideRow side="client" measured={data.client} />
            <SideRow side="provider" measured={data.provider} />
          </tbody>
        </table>
      </CardTable>
      <p className="field-hint">
        <FormattedMessage
          id={
            data.agreed
              ? "messages.responsiveness.explain"
              : "messages.responsiveness.explain.noAgreement"
          }
        />
      </p>
    </section>
  );
}

function SideRow({
  side,
  measured,
}: {
  side: "client" | "provider";
  measured: SideResponsiveness;
}) {
  const intl = useIntl();
  const notYet = <FormattedMessage id="messages.responsiveness.notYet" />;
  return (
    <tr>
      <th scope="row">{intl.formatMessage({ id: ORG_KIND_LABELS[side] })}</th>
      <td>
        {measured.agreedHours === null ? (
          <FormattedMessage id="messages.responsiveness.notAgreed" />
        ) : (
          <FormattedMessage
            id="messages.responsiveness.hours"
            values={{ hours: measured.agreedHours }}
          />
        )}
      </td>
      <td>
        <FormattedNumber value={measured.answered} />
      </td>
      <td>{measured.medianHours === null ? notYet : <Duration hours={measured.medianHours} />}</td>
      <td>{measured.worstHours === null ? notYet : <Duration hours={measured.worstHours} />}</td>
      <td>
        {measured.withinAgreedShare === null ? (
          notYet
        ) : (
          <FormattedNumber value={measured.withinAgreedShare} style="percent" />
        )}
      </td>
      <td>
        <FormattedMessage
          id="messages.responsiveness.awaiting"
          values={{ awaiting: measured.awaiting, overdue: measured.overdue }}
        />
      </td>
    </tr>
  );
}

function Duration({ hours }: { hours: number }) {
  return <FormattedMessage id="messages.duration" values={{ ...durationOf(hours) }} />;
}
