import { FormattedMessage, FormattedNumber } from "react-intl";
import type { TrackRecord } from "../../../shared/api/types";

/** The record Accord computes from finished engagements; nobody can type it. */
export function TrackRecordSummary({ record }: { record: TrackRecord }) {
  return (
    <section className="stack" aria-labelledby="track-record-title">
      <h2 id="track-record-title">
        <FormattedMessage id="profile.trackRecord.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="profile.trackRecord.computed" />
      </p>
      <dl className="details">
        <div>
          <dt>
            <FormattedMessage id="profile.trackRecord.completed" />
          </dt>
          <dd>
            <FormattedNumber value={record.completedEngagements} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="profile.trackRecord.active" />
          </dt>
          <dd>
            <FormattedNumber value={record.activeEngagements} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="profile.trackRecord.rehire" />
          </dt>
          <dd>
            {record.rehireRate === null ? (
              <FormattedMessage id="profile.trackRecord.rehire.none" />
            ) : (
              <FormattedNumber value={record.rehireRate} style="percent" />
            )}
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="profile.trackRecord.tenure" />
          </dt>
          <dd>
            <FormattedMessage
              id="profile.trackRecord.tenure.days"
              values={{ days: record.tenureDays }}
            />
          </dd>
        </div>
      </dl>
    </section>
  );
}
