import { FormattedMessage, useIntl } from "react-intl";
import type { ProviderProfile } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { useLanguageList } from "../../../shared/components/language-picker";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import { SkillList } from "../../taxonomy/components/skill-list";
import { RATE_AMOUNT_LABELS } from "../profile-labels";
import { TrackRecordSummary } from "./track-record";

/** A provider's profile as a client reads it. */
export function ProfileView({ profile }: { profile: ProviderProfile }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const languageList = useLanguageList();
  const none = <FormattedMessage id="profile.view.none" />;

  return (
    <div className="stack-lg">
      <div className="stack">
        {profile.headline ? (
          <p className="lead">{profile.headline}</p>
        ) : (
          <p className="muted">
            <FormattedMessage id="profile.view.empty" />
          </p>
        )}
        {profile.description ? <p className="prewrap">{profile.description}</p> : null}
      </div>
      <section className="stack" aria-labelledby="profile-skills-title">
        <h2 id="profile-skills-title">
          <FormattedMessage id="profile.field.skills" />
        </h2>
        <SkillList skillIds={profile.skillIds} />
      </section>
      <dl className="details">
        <div>
          <dt>
            <FormattedMessage id="profile.field.languages" />
          </dt>
          <dd>{profile.languages.length > 0 ? languageList(profile.languages) : none}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="profile.field.timeZones" />
          </dt>
          <dd>{profile.timeZones.length > 0 ? profile.timeZones.join(", ") : none}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="profile.rates.legend" />
          </dt>
          <dd>
            {profile.rates.length > 0 ? (
              <ul className="plain-list">
                {profile.rates.map((rate, index) => (
                  <li key={index}>
                    {intl.formatMessage(
                      { id: RATE_AMOUNT_LABELS[rate.unit] },
                      { amount: formatMoney(rate.amountMinor, rate.currency, locale) },
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              none
            )}
          </dd>
        </div>
        {/* The server sends the floor rate only to the provider's own people. */}
        {profile.floorRate !== undefined && (
          <div>
            <dt>
              <FormattedMessage id="profile.floor.legend" />
            </dt>
            <dd>
              {profile.floorRate
                ? intl.formatMessage(
                    { id: RATE_AMOUNT_LABELS[profile.floorRate.unit] },
                    {
                      amount: formatMoney(
                        profile.floorRate.amountMinor,
                        profile.floorRate.currency,
                        locale,
                      ),
                    },
                  )
                : none}
            </dd>
          </div>
        )}
        <div>
          <dt>
            <FormattedMessage id="profile.field.availableFrom" />
          </dt>
          <dd>{profile.availableFrom ? <DateOnly value={profile.availableFrom} /> : none}</dd>
        </div>
      </dl>
      <TrackRecordSummary record={profile.trackRecord} />
    </div>
  );
}
