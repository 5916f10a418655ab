import { FormattedMessage } from "react-intl";
import type { ScopeSummary as Summary } from "../../../shared/api/types";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";

/**
 * What was agreed and what was asked for beyond it: priced and approved changes, changes
 * awaiting approval, and demands nobody priced yet (remarks outside the criteria and changes
 * awaiting a price).
 */
export function ScopeSummary({ scope }: { scope: Summary }) {
  const { locale } = useLocale();
  const money = (minor: number) => formatMoney(minor, scope.currency, locale);
  return (
    <section className="card stack-sm" aria-labelledby="scope-title">
      <h2 id="scope-title">
        <FormattedMessage id="delivery.scope.title" />
      </h2>
      <dl className="details scope-summary">
        <div>
          <dt>
            <FormattedMessage id="delivery.scope.agreed" />
          </dt>
          <dd>
            {scope.agreedMinor === null ? (
              <FormattedMessage id="delivery.scope.agreed.open" />
            ) : (
              money(scope.agreedMinor)
            )}
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="delivery.scope.approved" />
          </dt>
          <dd>
            <FormattedMessage
              id="delivery.scope.changes"
              values={{
                count: scope.approvedChanges.count,
                amount: money(scope.approvedChanges.priceMinor),
              }}
            />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="delivery.scope.awaiting" />
          </dt>
          <dd>
            <FormattedMessage
              id="delivery.scope.changes"
              values={{
                count: scope.awaitingApproval.count,
                amount: money(scope.awaitingApproval.priceMinor),
              }}
            />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="delivery.scope.unpriced" />
          </dt>
          <dd>
            <FormattedMessage
              id="delivery.scope.unpriced.value"
              values={{
                notes: scope.unpricedDemands.notes,
                changes: scope.unpricedDemands.changeRequests,
              }}
            />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="delivery.scope.declined" />
          </dt>
          <dd>
            <FormattedMessage
              id="delivery.scope.declined.value"
              values={{ count: scope.declinedChanges }}
            />
          </dd>
        </div>
      </dl>
      <p className="field-hint">
        <FormattedMessage id="delivery.scope.explain" />
      </p>
    </section>
  );
}
