import { FormattedMessage, useIntl } from "react-intl";
import { useParams } from "react-router";
import { accountingCsvUrl } from "../../features/billing/api/export-accounting";
import { useOrgPaymentRecord } from "../../features/billing/api/get-payment-record";
import { PaymentRecordCard } from "../../features/billing/components/payment-record-card";
import { ReminderScheduleSection } from "../../features/billing/components/reminder-schedule-form";
import { useOrg } from "../../features/orgs/api/get-org";
import { useActForOrg } from "../../features/orgs/current-org";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

/**
 * An organisation's money across its engagements: its payment record (as payer for a client,
 * as payee for a provider), the accounting exports, and for a provider its reminder schedule.
 */
export function OrgBillingRoute() {
  const intl = useIntl();
  const { orgId = "" } = useParams();
  const org = useOrg(orgId);
  const record = useOrgPaymentRecord(orgId);
  useActForOrg(orgId);
  useDocumentTitle(
    org.data ? intl.formatMessage({ id: "orgBilling.title" }, { org: org.data.name }) : null,
  );

  if (org.isPending) return <Loading />;
  if (org.isError) return <QueryError error={org.error} onRetry={() => void org.refetch()} />;
  const isProvider = org.data.kind === "provider";

  return (
    <div className="stack-lg">
      <div className="stack-sm">
        <h1>
          <FormattedMessage id="orgBilling.title" values={{ org: org.data.name }} />
        </h1>
        <p className="muted">
          <FormattedMessage id="orgBilling.intro" values={{ kind: org.data.kind }} />
        </p>
      </div>
      {record.isPending ? (
        <Loading />
      ) : record.isError ? (
        <QueryError error={record.error} onRetry={() => void record.refetch()} />
      ) : (
        <PaymentRecordCard
          record={record.data}
          title={<FormattedMessage id="paymentRecord.org.title" values={{ kind: org.data.kind }} />}
          titleId="org-payment-record"
        />
      )}
      <section className="card stack-sm" aria-labelledby="accounting-exports-title">
        <h2 id="accounting-exports-title" className="h-small">
          <FormattedMessage id="orgBilling.exports.title" />
        </h2>
        <p className="field-hint">
          <FormattedMessage id="orgBilling.exports.explain" />
        </p>
        <ul className="inline-list">
          <li>
            <a href={accountingCsvUrl(orgId, "invoices")} download>
              <FormattedMessage id="orgBilling.exports.invoices" />
            </a>
          </li>
          <li>
            <a href={accountingCsvUrl(orgId, "payments")} download>
              <FormattedMessage id="orgBilling.exports.payments" />
            </a>
          </li>
          <li>
            <a href={accountingCsvUrl(orgId, "refunds")} download>
              <FormattedMessage id="orgBilling.exports.refunds" />
            </a>
          </li>
        </ul>
      </section>
      {isProvider ? (
        <ReminderScheduleSection orgId={orgId} canManage={org.data.abilities.manageReminders} />
      ) : null}
    </div>
  );
}
