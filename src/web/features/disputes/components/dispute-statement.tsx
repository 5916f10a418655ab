import { FormattedDate, FormattedMessage } from "react-intl";

/** What the opening side says and wants, and the other side's answer (or that none came yet). */
export function DisputeStatement({
  dispute,
}: {
  dispute: { statement: string; wants: string; response: string | null };
}) {
  return (
    <dl className="details">
      <div>
        <dt>
          <FormattedMessage id="disputes.open.statement" />
        </dt>
        <dd className="prewrap">{dispute.statement}</dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="disputes.open.wants" />
        </dt>
        <dd className="prewrap">{dispute.wants}</dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="disputes.response" />
        </dt>
        <dd className="prewrap">
          {dispute.response ?? (
            <span className="muted">
              <FormattedMessage id="disputes.response.none" />
            </span>
          )}
        </dd>
      </div>
    </dl>
  );
}

/** By when the dispute's current step must be answered. */
export function DisputeDue({ dueAt }: { dueAt: string }) {
  return (
    <p className="alert alert-info">
      <FormattedMessage
        id="disputes.due"
        values={{
          date: <FormattedDate key="due" value={dueAt} dateStyle="long" timeStyle="short" />,
        }}
      />
    </p>
  );
}
