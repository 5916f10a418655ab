import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { EngagementListItem, EngagementSummary } from "../../../../contracts/engagements";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import { counterpartOf } from "../engagement-labels";

/** A calendar date (YYYY-MM-DD) in the short form a table reads well with. */
function Day({ value }: { value: string }) {
  return (
    <time dateTime={value}>
      <FormattedDate value={`${value}T00:00:00Z`} dateStyle="medium" timeZone="UTC" />
    </time>
  );
}

export function ProgressCell({ summary }: { summary: EngagementSummary }) {
  const { milestones } = summary;
  if (milestones.total === 0) {
    return (
      <span className="muted">
        <FormattedMessage id="engagements.progress.none" />
      </span>
    );
  }
  return (
    <div className="stack-xs">
      <span>
        <FormattedMessage
          id="engagements.progress.milestones"
          values={{ accepted: milestones.accepted, total: milestones.total }}
        />
      </span>
      <progress value={milestones.accepted} max={milestones.total} aria-hidden="true" />
      {milestones.nextDueDate ? (
        <span className="muted">
          <FormattedMessage
            id="engagements.progress.nextDue"
            values={{ date: <Day value={milestones.nextDueDate} /> }}
          />
        </span>
      ) : null}
    </div>
  );
}

export function MoneyOpenCell({ summary }: { summary: EngagementSummary }) {
  const { locale } = useLocale();
  if (summary.moneyOpen.length === 0) {
    return (
      <span className="muted">
        <FormattedMessage id="engagements.money.none" />
      </span>
    );
  }
  return (
    <div className="stack-xs">
      {summary.moneyOpen.map((money) => (
        <span key={money.currency}>{formatMoney(money.minor, money.currency, locale)}</span>
      ))}
      {summary.isOverdue ? (
        <strong className="text-danger">
          <FormattedMessage id="engagements.money.overdue" />
        </strong>
      ) : null}
    </div>
  );
}

export function DeadlineCell({ summary }: { summary: EngagementSummary }) {
  const deadline = summary.nextDeadline;
  if (!deadline) {
    return (
      <span className="muted">
        <FormattedMessage id="engagements.deadline.none" />
      </span>
    );
  }
  return deadline.kind === "invoice_due" ? (
    <FormattedMessage
      id="engagements.deadline.invoiceDue"
      values={{ date: <Day value={deadline.at} /> }}
    />
  ) : (
    <FormattedMessage
      id="engagements.deadline.reviewEnds"
      values={{
        date: (
          <time dateTime={deadline.at}>
            <FormattedDate value={deadline.at} dateStyle="medium" />
          </time>
        ),
      }}
    />
  );
}

/** What waits on the reader's side first ("You: …"), then on the other side, by name. */
export function WaitingCell({ engagement }: { engagement: EngagementListItem }) {
  const intl = useIntl();
  const { waiting } = engagement.summary;
  if (waiting.length === 0) {
    return (
      <span className="muted">
        <FormattedMessage id="engagements.waiting.nobody" />
      </span>
    );
  }
  const wordsFor = (side: "client" | "provider") =>
    waiting
      .filter((item) => item.side === side)
      .map((item) =>
        intl.formatMessage(
          { id: "engagements.waiting.kind" },
          { kind: item.kind, count: item.count },
        ),
      );
  const mine = wordsFor(engagement.mySide);
  const theirs = wordsFor(engagement.mySide === "client" ? "provider" : "client");
  const otherName = counterpartOf(engagement)?.name;
  return (
    <ul className="plain-list">
      {mine.length ? (
        <li>
          <strong>
            <FormattedMessage
              id="engagements.waiting.you"
              values={{ what: intl.formatList(mine, { type: "conjunction" }) }}
            />
          </strong>
        </li>
      ) : null}
      {theirs.length ? (
        <li>
          <FormattedMessage
            id="engagements.waiting.them"
            values={{
              name: otherName ?? intl.formatMessage({ id: "engagements.waiting.otherSide" }),
              what: intl.formatList(theirs, { type: "conjunction" }),
            }}
          />
        </li>
      ) : null}
    </ul>
  );
}
