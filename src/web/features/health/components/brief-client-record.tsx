import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import { PaymentRecordCard } from "../../billing/components/payment-record-card";
import { QueryError } from "../../../shared/components/query-state";
import { useBriefClientRecord } from "../api/get-brief-client-record";
import { OverallScore } from "./side-score-card";

/** Before proposing, a provider reads how the brief's client pays and how it scores. */
export function BriefClientRecordPanel({ briefId }: { briefId: string }) {
  const record = useBriefClientRecord(briefId);
  if (record.isPending) return null;
  if (record.isError) return <QueryError error={record.error} />;
  const data = record.data;
  return (
    <div className="stack-sm">
      <PaymentRecordCard
        record={data.paymentRecord}
        title={<FormattedMessage id="briefClient.title" values={{ name: data.name }} />}
        titleId="brief-client-record"
      />
      {data.score ? (
        <OverallScore side={data.score} />
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
