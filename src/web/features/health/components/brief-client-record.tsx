import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import { PaymentRecordCard } from "../../billing/components/payment-record-card";
import type { BriefClientRecord } from "../../../shared/api/types";
import { QueryError } from "../../../shared/components/query-state";
import { useBriefClientRecord } from "../api/get-brief-client-record";
import { OverallScore } from "./side-score-card";

/** Before proposing, a provider reads how the brief's client pays and how it scores. */
export function BriefClientRecordPanel({ briefId }: { briefId: string }) {
  const record = useBriefClientRecord(briefId);
  if (record.isPending) return null;
  if (record.isError) return <QueryError error={record.error} />;
  return <ClientRecordView record={record.data} />;
}

/**
 * A client's payment record and client score, where a provider decides: on a brief, and on an
 * invitation into the client's engagement.
 */
export function ClientRecordView({ record }: { record: BriefClientRecord }) {
  return (
    <div className="stack-sm">
      <PaymentRecordCard
        record={record.paymentRecord}
        title={<FormattedMessage id="briefClient.title" values={{ name: record.name }} />}
        titleId="brief-client-record"
      />
      {record.score ? (
        <OverallScore side={record.score} />
      ) : (
        <p className="muted">
          <FormattedMessage id="briefClient.noScore" />
        </p>
      )}
      <Link to="/how-scores-work">
        <FormattedMessage id="health.howScoresWork" />
      </Link>
    </div>
  );
}
