import { FormattedDate, FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type { WaitingItem } from "../../../../contracts/home";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import { viewOf } from "../waiting-item-view";

function When({ value }: { value: string }) {
  return (
    <time dateTime={value}>
      <FormattedDate value={value} dateStyle="medium" timeStyle="short" />
    </time>
  );
}

/** The values each kind's sentence names, in the reader's formats. */
function useTitleValues(item: WaitingItem): Record<string, string | number> {
  const { locale } = useLocale();
  switch (item.kind) {
    case "evaluate_round":
      return { round: item.round, deliverable: item.deliverableTitle };
    case "approve_change":
      return {
        number: item.number,
        title: item.title,
        amount: formatMoney(item.priceMinor, item.currency, locale),
      };
    case "price_change":
      return { number: item.number, title: item.title };
    case "issue_invoice":
      return { amount: formatMoney(item.totalMinor, item.currency, locale) };
    case "confirm_payment":
      return {
        amount: formatMoney(item.amountMinor, item.currency, locale),
        invoice: item.invoiceNumber ?? "",
      };
    case "confirm_refund":
    case "pay_back":
      return { amount: formatMoney(item.amountMinor, item.currency, locale) };
    case "sign_agreement":
      return { version: item.version };
    case "answer_message":
      return { hours: item.agreedHours };
    case "answer_check_in":
      return {};
  }
}

function Deadline({ item, now }: { item: WaitingItem; now: string }) {
  const view = viewOf(item);
  if (view.deadline === "waitingSince" || item.dueAt === null) {
    return (
      <FormattedMessage
        id="home.deadline.waitingSince"
        values={{ date: <When value={item.since} /> }}
      />
    );
  }
  const date = <When value={item.dueAt} />;
  if (item.dueAt <= now) {
    return (
      <strong className="text-danger">
        <FormattedMessage id="home.deadline.overdue" values={{ date }} />
      </strong>
    );
  }
  return view.deadline === "deemedAcceptance" ? (
    <strong>
      <FormattedMessage id="home.deadline.deemedAcceptance" values={{ date }} />
    </strong>
  ) : (
    <FormattedMessage id="home.deadline.due" values={{ date }} />
  );
}

function WaitingCard({ item, now }: { item: WaitingItem; now: string }) {
  const view = viewOf(item);
  const values = useTitleValues(item);
  return (
    <li className="card waiting-item">
      <div className="stack-sm">
        <h2 className="waiting-item-title">
          <FormattedMessage id={view.title} values={values} />
        </h2>
        <p className="muted">
          <FormattedMessage
            id="home.item.where"
            values={{ engagement: item.engagementTitle, other: item.otherSideName ?? "" }}
          />
        </p>
        <p>
          <Deadline item={item} now={now} />
        </p>
      </div>
      <Link to={view.href} className="button-link waiting-item-action">
        <FormattedMessage id={view.action} />
      </Link>
    </li>
  );
}

/** What waits for the person, most urgent first, each with its deadline and one link to act. */
export function WaitingList({ items, now }: { items: WaitingItem[]; now: string }) {
  return (
    <ol className="waiting-list">
      {items.map((item) => (
        <WaitingCard key={`${item.kind}:${waitingKey(item)}`} item={item} now={now} />
      ))}
    </ol>
  );
}

function waitingKey(item: WaitingItem): string {
  switch (item.kind) {
    case "evaluate_round":
      return item.submissionId;
    case "approve_change":
    case "price_change":
      return item.changeRequestId;
    case "issue_invoice":
      return item.invoiceId;
    case "confirm_payment":
      return item.paymentId;
    case "confirm_refund":
      return item.refundId;
    case "pay_back":
      return item.engagementId;
    case "sign_agreement":
      return `${item.engagementId}:${item.version}`;
    case "answer_message":
      return `${item.engagementId}:${item.thread}`;
    case "answer_check_in":
      return item.checkInId;
  }
}
