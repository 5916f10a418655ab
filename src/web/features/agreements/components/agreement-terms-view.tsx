import { FormattedMessage, useIntl } from "react-intl";
import type { AgreementTerms } from "../../../shared/api/types";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import { CommercialTermsView, TermsSection } from "../../terms/components/terms-view";
import { DISPUTE_STEP_LABELS } from "../agreement-labels";

function None() {
  return (
    <p className="muted">
      <FormattedMessage id="terms.view.none" />
    </p>
  );
}

/** An agreement's terms for reading and printing: labels localised, content as written. */
export function AgreementTermsView({ terms }: { terms: AgreementTerms }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const below = terms.changeControl.acknowledgementBelowMinor;
  return (
    <div className="stack-lg agreement-terms">
      <TermsSection title={<FormattedMessage id="agreement.scope" />}>
        {terms.scope ? <p className="prewrap">{terms.scope}</p> : <None />}
      </TermsSection>
      <CommercialTermsView terms={terms} />
      <TermsSection title={<FormattedMessage id="agreement.rules" />}>
        <ul>
          <li>
            <FormattedMessage
              id="agreement.view.responseTimes"
              values={{
                client: terms.responseTimes.clientHours,
                provider: terms.responseTimes.providerHours,
              }}
            />
          </li>
          <li>
            <FormattedMessage
              id={
                terms.statutoryLateInterest
                  ? "agreement.view.lateInterest.on"
                  : "agreement.view.lateInterest.off"
              }
            />
          </li>
          <li>
            <FormattedMessage
              id={
                terms.changeControl.isAmendmentRequired
                  ? "agreement.view.amendmentRequired"
                  : "agreement.view.amendmentOptional"
              }
            />
            {below !== null ? (
              <>
                {" "}
                <FormattedMessage
                  id="agreement.view.acknowledgementBelow"
                  values={{ amount: formatMoney(below, terms.remuneration.currency, locale) }}
                />
              </>
            ) : null}
          </li>
          <li>
            {terms.reviewWindowDays === null ? (
              <FormattedMessage id="agreement.view.reviewWindow.none" />
            ) : (
              <FormattedMessage
                id="agreement.view.reviewWindow"
                values={{
                  days: terms.reviewWindowDays,
                  deemed: terms.hasDeemedAcceptance ? "yes" : "no",
                }}
              />
            )}
          </li>
          <li>
            {terms.noticePeriodDays === null ? (
              <FormattedMessage id="agreement.view.notice.none" />
            ) : (
              <FormattedMessage
                id="agreement.view.notice"
                values={{ days: terms.noticePeriodDays }}
              />
            )}
          </li>
          {terms.isFloorWaived ? (
            <li>
              <FormattedMessage id="agreement.view.floorWaived" />
            </li>
          ) : null}
        </ul>
      </TermsSection>
      <TermsSection title={<FormattedMessage id="agreement.handOver" />}>
        {terms.handOverDuties.length === 0 ? (
          <None />
        ) : (
          <ul>
            {terms.handOverDuties.map((duty, index) => (
              <li key={index} className="prewrap">
                {duty}
              </li>
            ))}
          </ul>
        )}
      </TermsSection>
      <TermsSection title={<FormattedMessage id="agreement.disputeLadder" />}>
        {terms.disputeLadder.length === 0 ? (
          <None />
        ) : (
          <ol>
            {terms.disputeLadder.map((step) => (
              <li key={step}>{intl.formatMessage({ id: DISPUTE_STEP_LABELS[step] })}</li>
            ))}
          </ol>
        )}
      </TermsSection>
      <TermsSection title={<FormattedMessage id="agreement.clauses" />}>
        {terms.additionalClauses.length === 0 ? (
          <None />
        ) : (
          <ol>
            {terms.additionalClauses.map((clause) => (
              <li key={clause.id} className="prewrap">
                {clause.text}
              </li>
            ))}
          </ol>
        )}
      </TermsSection>
    </div>
  );
}
