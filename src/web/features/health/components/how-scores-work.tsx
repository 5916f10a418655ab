import type { ReactNode } from "react";
import { FormattedMessage, FormattedNumber, useIntl } from "react-intl";
import {
  CLIENT_INPUTS,
  HEALTH,
  PROVIDER_INPUTS,
  type HealthInput,
} from "../../../../domain/health/constants";
import { GROWTH } from "../../../../domain/health/growth-constants";
import { WARNING_CODES, type WarningCode } from "../../../../domain/health/warnings";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { INPUT_LABELS, INPUT_MEASURES, WARNING_NAMES } from "../health-labels";
import { MODEL_SOURCES } from "../model-sources";
import { CardTable } from "../../../shared/components/card-table";

const percent = (share: number) => (
  <FormattedNumber key="p" value={share} style="percent" maximumFractionDigits={0} />
);

/** How an input's measure becomes 0–100, with the model's own numbers. */
function scaleOf(input: HealthInput): ReactNode {
  const P = HEALTH.provider;
  const C = HEALTH.client;
  switch (input) {
    case "reliability":
    case "quality":
    case "responsiveness":
      return (
        <FormattedMessage
          id="model.scale.rate"
          values={{ floor: percent(P[input].floor), target: percent(P[input].target) }}
        />
      );
    case "costAdherence":
      return (
        <FormattedMessage
          id="model.scale.ratio"
          values={{ target: P.costAdherence.target, floor: P.costAdherence.floor }}
        />
      );
    case "satisfaction":
      return <FormattedMessage id="model.scale.percentile" />;
    case "payment":
      return (
        <FormattedMessage
          id="model.scale.payment"
          values={{ floor: C.payment.floor, terms: C.longTermsDays, cap: C.longTermsPaymentCap }}
        />
      );
    case "scopeStability":
      return (
        <FormattedMessage
          id="model.scale.scope"
          values={{
            floor: percent(C.scopeStability.floor),
            presumed: percent(C.unpricedDemandPresumedShare),
          }}
        />
      );
    case "feedbackLatency":
      return (
        <FormattedMessage
          id="model.scale.latency"
          values={{ target: C.feedbackLatency.target, floor: C.feedbackLatency.floor }}
        />
      );
    case "fairDealing":
      return (
        <FormattedMessage id="model.scale.fairDealing" values={{ penalty: C.fairDealingPenalty }} />
      );
  }
}

/** Each warning's amber and red lines, from the model's thresholds. */
function thresholdsOf(code: WarningCode): { amber: ReactNode; red: ReactNode } {
  const W = HEALTH.warnings;
  const none = <FormattedMessage id="model.threshold.none" />;
  switch (code) {
    case "overdue_invoice":
      return {
        amber: (
          <FormattedMessage
            id="model.threshold.daysOver"
            values={{ days: W.overdueInvoice.amberDays }}
          />
        ),
        red: (
          <FormattedMessage
            id="model.threshold.daysOver"
            values={{ days: W.overdueInvoice.redDays }}
          />
        ),
      };
    case "payment_terms":
      return {
        amber: none,
        red: (
          <FormattedMessage id="model.threshold.termsOver" values={{ days: W.paymentTermsDays }} />
        ),
      };
    case "unpriced_changes":
      return {
        amber: (
          <FormattedMessage
            id="model.threshold.shareOver"
            values={{ share: percent(W.unpricedChanges.amberShare) }}
          />
        ),
        red: (
          <FormattedMessage
            id="model.threshold.shareOver"
            values={{ share: percent(W.unpricedChanges.redShare) }}
          />
        ),
      };
    case "pay_cut_without_scope_cut":
      return { amber: none, red: <FormattedMessage id="model.threshold.any" /> };
    case "evaluation_pending":
      return {
        amber: (
          <FormattedMessage
            id="model.threshold.businessDaysOver"
            values={{ days: W.evaluationPending.amberBusinessDays }}
          />
        ),
        red: <FormattedMessage id="model.threshold.deemed" />,
      };
    case "provider_late":
      return {
        amber: (
          <FormattedMessage
            id="model.threshold.onTimeUnder"
            values={{
              share: percent(W.providerOnTime.minShare),
              days: W.providerOnTime.windowDays,
            }}
          />
        ),
        red: none,
      };
    case "low_private_rating":
      return {
        amber: (
          <FormattedMessage id="model.threshold.lowOne" values={{ max: W.lowRating.maxRating }} />
        ),
        red: (
          <FormattedMessage
            id="model.threshold.lowBoth"
            values={{ max: W.lowRating.maxRating, days: W.lowRating.windowDays }}
          />
        ),
      };
    case "dispute_unanswered":
      return {
        amber: (
          <FormattedMessage
            id="model.threshold.businessDays"
            values={{ days: W.disputeUnanswered.amberBusinessDays }}
          />
        ),
        red: (
          <FormattedMessage
            id="model.threshold.businessDays"
            values={{ days: W.disputeUnanswered.redBusinessDays }}
          />
        ),
      };
  }
}

function InputsModelTable({
  side,
  inputs,
  weights,
}: {
  side: "client" | "provider";
  inputs: readonly HealthInput[];
  weights: Record<string, number>;
}) {
  return (
    <CardTable>
      <table className="compact-table">
        <caption>
          <FormattedMessage id="model.inputs.caption" values={{ side }} />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="health.inputs.input" />
            </th>
            <th scope="col">
              <FormattedMessage id="model.inputs.measure" />
            </th>
            <th scope="col">
              <FormattedMessage id="model.inputs.scale" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="health.inputs.weight" />
            </th>
          </tr>
        </thead>
        <tbody>
          {inputs.map((input) => (
            <tr key={input}>
              <th scope="row">
                <FormattedMessage id={INPUT_LABELS[input]} />
              </th>
              <td>
                <FormattedMessage id={INPUT_MEASURES[input]} />
              </td>
              <td>{scaleOf(input)}</td>
              <td className="numeric">{weights[input]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </CardTable>
  );
}

/**
 * The whole health model, the same page for both sides and for anyone signed out: every
 * number is read from the model's own table of constants, so the page cannot drift from it.
 */
export function HowScoresWork() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "model.title" }));
  const harsh = HEALTH.harshRater;
  return (
    <article className="stack-lg how-scores-work">
      <h1>
        <FormattedMessage id="model.title" />
      </h1>
      <p>
        <FormattedMessage id="model.intro" />
      </p>
      <section aria-labelledby="model-mechanics" className="stack-sm">
        <h2 id="model-mechanics">
          <FormattedMessage id="model.mechanics.title" />
        </h2>
        <ul>
          <li>
            <FormattedMessage
              id="model.mechanics.decay"
              values={{
                halfLife: HEALTH.decayHalfLifeDays,
                months: Math.round(HEALTH.windowDays / 30.4),
              }}
            />
          </li>
          <li>
            <FormattedMessage
              id="model.mechanics.smoothing"
              values={{ m: HEALTH.smoothingM, z: HEALTH.wilsonZ }}
            />
          </li>
          <li>
            <FormattedMessage
              id="model.mechanics.new"
              values={{
                engagements: HEALTH.minEngagements,
                counterparties: HEALTH.minCounterparties,
              }}
            />
          </li>
          <li>
            <FormattedMessage id="model.mechanics.normalise" />
          </li>
          <li>
            <FormattedMessage
              id="model.mechanics.satisfaction"
              values={{ count: HEALTH.satisfactionMinCohort }}
            />
          </li>
          <li>
            <FormattedMessage
              id="model.mechanics.harshRaters"
              values={{
                counterparties: harsh.minCounterparties,
                max: harsh.maxMeanRating,
                weight: percent(harsh.weight),
              }}
            />
          </li>
          <li>
            <FormattedMessage
              id="model.mechanics.openLateness"
              values={{ factor: HEALTH.openLatenessWeight }}
            />
          </li>
          <li>
            <FormattedMessage id="model.mechanics.missing" />
          </li>
        </ul>
      </section>
      <section aria-labelledby="model-provider" className="stack-sm">
        <h2 id="model-provider">
          <FormattedMessage id="model.provider.title" />
        </h2>
        <InputsModelTable
          side="provider"
          inputs={PROVIDER_INPUTS}
          weights={HEALTH.provider.weights}
        />
      </section>
      <section aria-labelledby="model-client" className="stack-sm">
        <h2 id="model-client">
          <FormattedMessage id="model.client.title" />
        </h2>
        <InputsModelTable side="client" inputs={CLIENT_INPUTS} weights={HEALTH.client.weights} />
      </section>
      <section aria-labelledby="model-caps" className="stack-sm">
        <h2 id="model-caps">
          <FormattedMessage id="model.caps.title" />
        </h2>
        <ul>
          <li>
            <FormattedMessage id="model.caps.threat" values={{ limit: HEALTH.caps.threat }} />
          </li>
          <li>
            <FormattedMessage
              id="model.caps.overdue"
              values={{ limit: HEALTH.caps.overdueInvoice, days: HEALTH.caps.overdueInvoiceDays }}
            />
          </li>
          <li>
            <FormattedMessage
              id="model.recognition"
              values={{
                each: GROWTH.recognition.pointsEach,
                max: GROWTH.recognition.maxPoints,
                days: GROWTH.recognition.windowDays,
              }}
            />
          </li>
        </ul>
      </section>
      <section aria-labelledby="model-warnings" className="stack-sm">
        <h2 id="model-warnings">
          <FormattedMessage id="model.warnings.title" />
        </h2>
        <CardTable>
          <table className="compact-table">
            <caption>
              <FormattedMessage id="model.warnings.caption" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="model.warnings.warning" />
                </th>
                <th scope="col">
                  <FormattedMessage id="health.warning.level" values={{ level: "amber" }} />
                </th>
                <th scope="col">
                  <FormattedMessage id="health.warning.level" values={{ level: "red" }} />
                </th>
              </tr>
            </thead>
            <tbody>
              {WARNING_CODES.map((code) => {
                const { amber, red } = thresholdsOf(code);
                return (
                  <tr key={code}>
                    <th scope="row">
                      <FormattedMessage id={WARNING_NAMES[code]} />
                    </th>
                    <td>{amber}</td>
                    <td>{red}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </CardTable>
      </section>
      <section aria-labelledby="model-sources" className="stack-sm">
        <h2 id="model-sources">
          <FormattedMessage id="model.sources.title" />
        </h2>
        <ul className="stack-sm">
          {MODEL_SOURCES.map((source) => (
            <li key={source.citation}>
              <cite>{source.citation}</cite>: <FormattedMessage id={source.takes} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
