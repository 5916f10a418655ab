import { FormattedDate, FormattedMessage } from "react-intl";
import type { Engagement, OrgRef } from "../../../shared/api/types";
import { EngagementStatusBadge } from "./engagement-status-badge";

/** Both sides, the status and the dates of an engagement. */
export function EngagementOverview({ engagement }: { engagement: Engagement }) {
  return (
    <div className="stack">
      {engagement.description ? (
        <p className="prewrap">{engagement.description}</p>
      ) : (
        <p className="muted">
          <FormattedMessage id="engagement.description.none" />
        </p>
      )}
      <dl className="details">
        <div>
          <dt>
            <FormattedMessage id="orgKind.client" />
          </dt>
          <dd>
            <SideName
              side={engagement.client}
              isMine={engagement.mySide === "client"}
              engagement={engagement}
            />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="orgKind.provider" />
          </dt>
          <dd>
            <SideName
              side={engagement.provider}
              isMine={engagement.mySide === "provider"}
              engagement={engagement}
            />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="engagement.details.status" />
          </dt>
          <dd>
            <EngagementStatusBadge status={engagement.status} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="engagement.details.started" />
          </dt>
          <dd>
            <FormattedDate value={engagement.createdAt} dateStyle="long" />
          </dd>
        </div>
      </dl>
    </div>
  );
}

function SideName({
  side,
  isMine,
  engagement,
}: {
  side: OrgRef | null;
  isMine: boolean;
  engagement: Engagement;
}) {
  if (!side) {
    return (
      <span className="muted">
        <FormattedMessage
          id={
            engagement.status === "pending"
              ? "engagement.counterpart.awaiting"
              : "engagement.counterpart.none"
          }
        />
      </span>
    );
  }
  return isMine ? (
    <FormattedMessage id="engagement.side.mine" values={{ name: side.name }} />
  ) : (
    <>{side.name}</>
  );
}
