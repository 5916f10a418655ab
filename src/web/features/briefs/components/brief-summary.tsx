import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { Brief } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { useLanguageList } from "../../../shared/components/language-picker";
import { useLocale } from "../../../shared/i18n/locale-provider";
import type { AppMessageKey } from "../../../shared/i18n/messages";
import { formatMoney } from "../../../shared/lib/money";
import { SkillList } from "../../taxonomy/components/skill-list";

/** A brief as providers (and the client, once published) read it. */
export function BriefSummary({ brief }: { brief: Brief }) {
  const { locale } = useLocale();
  const languageList = useLanguageList();
  const budget = brief.budget;
  return (
    <div className="stack-lg brief-summary">
      <dl className="details">
        <Detail label="brief.field.budget">
          {budget ? (
            <FormattedMessage
              id="brief.budget.range"
              values={{
                min: formatMoney(budget.minMinor, budget.currency, locale),
                max: formatMoney(budget.maxMinor, budget.currency, locale),
              }}
            />
          ) : null}
        </Detail>
        <Detail label="brief.field.earliestStart">
          {brief.earliestStart ? <DateOnly value={brief.earliestStart} /> : null}
        </Detail>
        <Detail label="brief.field.deadline">
          {brief.deadline ? <DateOnly value={brief.deadline} /> : null}
        </Detail>
        <Detail label="brief.field.preferredLanguages">
          {brief.preferredLanguages.length > 0 ? languageList(brief.preferredLanguages) : null}
        </Detail>
      </dl>
      <Lines title="brief.field.goals" lines={brief.goals} />
      <Lines title="brief.field.successMeasures" lines={brief.successMeasures} />
      <Lines title="brief.field.mustHaves" lines={brief.mustHaves.map((item) => item.text)} />
      <Lines title="brief.field.niceToHaves" lines={brief.niceToHaves.map((item) => item.text)} />
      <section className="stack">
        <h2>
          <FormattedMessage id="brief.field.skills" />
        </h2>
        <SkillList skillIds={brief.skillIds} />
      </section>
      <Lines
        title="brief.field.clientPeople"
        lines={brief.clientPeople.map((person) => (
          <FormattedMessage
            key={person.role}
            id="brief.clientPeople.line"
            values={{ role: person.role, hours: person.hoursPerWeek }}
          />
        ))}
      />
      <section className="stack">
        <h2>
          <FormattedMessage id="brief.field.businessModelScope" />
        </h2>
        {brief.businessModelScope ? (
          <p className="prewrap">{brief.businessModelScope}</p>
        ) : (
          <NotGiven />
        )}
      </section>
      <Lines title="brief.field.constraints" lines={brief.constraints} />
    </div>
  );
}

function NotGiven() {
  return (
    <p className="muted">
      <FormattedMessage id="brief.view.notGiven" />
    </p>
  );
}

function Detail({ label, children }: { label: AppMessageKey; children: ReactNode }) {
  return (
    <div>
      <dt>
        <FormattedMessage id={label} />
      </dt>
      <dd>{children ?? <FormattedMessage id="brief.view.notGiven" />}</dd>
    </div>
  );
}

function Lines({ title, lines }: { title: AppMessageKey; lines: ReactNode[] }) {
  return (
    <section className="stack">
      <h2>
        <FormattedMessage id={title} />
      </h2>
      {lines.length > 0 ? (
        <ul>
          {lines.map((line, index) => (
            <li key={index} className="prewrap">
              {line}
            </li>
          ))}
        </ul>
      ) : (
        <NotGiven />
      )}
    </section>
  );
}
