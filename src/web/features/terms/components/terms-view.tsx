import type { ReactNode } from "react";
import { FormattedMessage, FormattedNumber, useIntl } from "react-intl";
import type { ProposalTerms, Responsibility } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import { EFFORT_UNIT_LABELS, PRICE_MODEL_LABELS, RETAINER_PERIOD_LABELS } from "../terms-labels";

type CommercialTerms = Omit<ProposalTerms, "summary">;

/**
 * One part of the terms. Its heading is a level-2 one: the terms are the page's main content
 * under its level-1 title (the engagement, the proposal, the printed agreement).
 */
export function TermsSection({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <section className="terms-section stack-sm">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Empty() {
  return (
    <p className="muted">
      <FormattedMessage id="terms.view.none" />
    </p>
  );
}

/** The shared terms for reading: labels in the reader's language, content as its author wrote it. */
export function CommercialTermsView({ terms }: { terms: CommercialTerms }) {
  const { locale } = useLocale();
  const currency = terms.remuneration.currency;
  const milestoneTitle = (id: string | null) => terms.milestones.find((m) => m.id === id)?.title;
  return (
    <>
      <TermsSection title={<FormattedMessage id="terms.deliverables" />}>
        {terms.deliverables.length === 0 ? <Empty /> : null}
        {terms.deliverables.map((deliverable, index) => (
          <article key={deliverable.id} className="terms-item stack-sm">
            <h3>
              <FormattedMessage
                id="terms.view.deliverable"
                values={{ n: index + 1, title: deliverable.title }}
              />
            </h3>
            {deliverable.description ? <p className="prewrap">{deliverable.description}</p> : null}
            <p className="muted">
              {deliverable.revisionLimit === null ? (
                <FormattedMessage id="terms.view.revisions.unlimited" />
              ) : (
                <FormattedMessage
                  id="terms.view.revisions"
                  values={{ count: deliverable.revisionLimit }}
                />
              )}
              {deliverable.milestoneId ? (
                <>
                  {" · "}
                  <FormattedMessage
                    id="terms.view.milestone"
                    values={{ title: milestoneTitle(deliverable.milestoneId) ?? "" }}
                  />
                </>
              ) : null}
            </p>
            <h4>
              <FormattedMessage id="terms.criteria" />
            </h4>
            {deliverable.criteria.length === 0 ? <Empty /> : null}
            <ol>
              {deliverable.criteria.map((criterion) => (
                <li key={criterion.id}>
                  <span className="prewrap">{criterion.statement}</span>
                  <br />
                  <span className="muted">
                    {criterion.verification ? (
                      <FormattedMessage
                        id="terms.view.verification"
                        values={{ how: criterion.verification }}
                      />
                    ) : (
                      <FormattedMessage id="terms.view.verification.none" />
                    )}
                  </span>
                </li>
              ))}
            </ol>
          </article>
        ))}
      </TermsSection>
      <TermsSection title={<FormattedMessage id="terms.milestones" />}>
        {terms.milestones.length === 0 ? (
          <Empty />
        ) : (
          <ul>
            {terms.milestones.map((milestone) => (
              <li key={milestone.id}>
                <FormattedMessage
                  id="terms.view.milestoneLine"
                  values={{
                    title: milestone.title,
                    date: <DateOnly key="date" value={milestone.dueDate} />,
                    amount: formatMoney(milestone.amountMinor, currency, locale),
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </TermsSection>
      <TermsSection title={<FormattedMessage id="terms.methodology" />}>
        {terms.methodology ? <p className="prewrap">{terms.methodology}</p> : <Empty />}
        <p>
          <FormattedMessage
            id="terms.view.cadence"
            values={{
              days: terms.cadence.checkInEveryDays,
              channels: terms.cadence.channels.join(", "),
              hasChannels: terms.cadence.channels.length > 0 ? "yes" : "no",
            }}
          />
        </p>
      </TermsSection>
      <ResponsibilitiesView
        title={<FormattedMessage id="terms.clientResponsibilities" />}
        items={terms.clientResponsibilities}
      />
      <ResponsibilitiesView
        title={<FormattedMessage id="terms.providerResponsibilities" />}
        items={terms.providerResponsibilities}
      />
      <TermsSection title={<FormattedMessage id="terms.remuneration" />}>
        <RemunerationView terms={terms} />
      </TermsSection>
    </>
  );
}

function ResponsibilitiesView({ title, items }: { title: ReactNode; items: Responsibility[] }) {
  return (
    <TermsSection title={title}>
      {items.length === 0 ? (
        <Empty />
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <span className="prewrap">{item.what}</span>
              {item.dueDate ? (
                <span className="muted">
                  {" · "}
                  <FormattedMessage
                    id="terms.view.dueBy"
                    values={{ date: <DateOnly key="date" value={item.dueDate} /> }}
                  />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </TermsSection>
  );
}

function RemunerationView({ terms }: { terms: CommercialTerms }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const r = terms.remuneration;
  const money = (minor: number) => formatMoney(minor, r.currency, locale);
  return (
    <dl className="terms-list">
      <dt>
        <FormattedMessage id="terms.remuneration.model" />
      </dt>
      <dd>
        {intl.formatMessage({ id: PRICE_MODEL_LABELS[r.model] })}
        {r.retainerPeriod
          ? ` · ${intl.formatMessage({ id: RETAINER_PERIOD_LABELS[r.retainerPeriod] })}`
          : null}
      </dd>
      {r.rateMinor !== null ? (
        <>
          <dt>
            <FormattedMessage
              id="terms.remuneration.rate"
              values={{ unit: r.estimatedEffort?.unit ?? "hour" }}
            />
          </dt>
          <dd>{money(r.rateMinor)}</dd>
        </>
      ) : null}
      <dt>
        <FormattedMessage
          id={
            r.model === "fixed"
              ? "terms.remuneration.amount.fixed"
              : r.model === "retainer"
                ? "terms.remuneration.amount.retainer"
                : "terms.remuneration.amount.cap"
          }
        />
      </dt>
      <dd>
        {r.amountMinor === null ? <FormattedMessage id="terms.view.none" /> : money(r.amountMinor)}
      </dd>
      {r.estimatedEffort ? (
        <>
          <dt>
            <FormattedMessage id="terms.effort.quantity" />
          </dt>
          <dd>
            <FormattedNumber value={r.estimatedEffort.quantity} />{" "}
            {intl.formatMessage({ id: EFFORT_UNIT_LABELS[r.estimatedEffort.unit] })}
          </dd>
        </>
      ) : null}
      <dt>
        <FormattedMessage id="terms.view.paymentTerms" />
      </dt>
      <dd>
        <FormattedMessage id="terms.view.days" values={{ days: terms.paymentTermsDays }} />
      </dd>
    </dl>
  );
}
