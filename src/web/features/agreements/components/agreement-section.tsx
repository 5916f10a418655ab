import { useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import type { AgreementOverview, Engagement } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { SelectField } from "../../../shared/components/fields";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useOpenAmendment } from "../api/change-agreement";
import { agreementPdfUrl, useAgreement } from "../api/get-agreement";
import { VERSION_STATUS_LABELS } from "../agreement-labels";
import { AgreementDiffView } from "./agreement-diff";
import { VersionPanel } from "./version-panel";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";

/**
 * The engagement's agreement: what is in force, the draft being negotiated, every version,
 * signatures, amendments and the differences between versions.
 */
export function AgreementSection({ engagement }: { engagement: Engagement }) {
  const oneAtATime = useOneAtATime();
  const intl = useIntl();
  const overview = useAgreement(engagement.id);
  const amend = useOpenAmendment(engagement.id);
  const [chosen, setChosen] = useState<number | null>(null);

  if (overview.isPending) return <Loading />;
  if (overview.isError)
    return <QueryError error={overview.error} onRetry={() => void overview.refetch()} />;
  const data = overview.data;
  if (data.versions.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="agreement.none" />
      </p>
    );
  }
  const fallback =
    data.draft?.version ?? data.inForce?.version ?? data.versions.at(-1)?.version ?? 1;
  const selected =
    chosen !== null && data.versions.some((v) => v.version === chosen) ? chosen : fallback;

  return (
    <div className="stack-lg">
      <AgreementStatus overview={data} />
      <div className="button-row">
        {data.versions.length > 1 ? (
          <SelectField
            label={<FormattedMessage id="agreement.versions.choose" />}
            value={selected}
            onChange={(event) => setChosen(Number(event.target.value))}
          >
            {data.versions.map((v) => (
              <option key={v.version} value={v.version}>
                {intl.formatMessage(
                  { id: "agreement.version.option" },
                  {
                    version: v.version,
                    status: intl.formatMessage({ id: VERSION_STATUS_LABELS[v.status] }),
                  },
                )}
              </option>
            ))}
          </SelectField>
        ) : null}
        <Link
          className="button-link button-link-secondary"
          to={`/engagements/${engagement.id}/agreement/print?version=${selected}`}
        >
          <FormattedMessage id="agreement.print" values={{ version: selected }} />
        </Link>
        <a
          className="button-link button-link-secondary"
          href={agreementPdfUrl(engagement.id, selected)}
        >
          <FormattedMessage id="agreement.pdf" />
        </a>
        {data.inForce && !data.draft && engagement.abilities.agreement.openAmendment ? (
          <button
            type="button"
            className="button-secondary"
            disabled={amend.isPending}
            onClick={() => oneAtATime(() => amend.mutate())}
          >
            <FormattedMessage id="agreement.amend" />
          </button>
        ) : null}
      </div>
      <FormAlert error={amend.error} />
      <VersionPanel
        key={selected}
        engagementId={engagement.id}
        versionNumber={selected}
        side={engagement.mySide}
        abilities={engagement.abilities.agreement}
      />
      <section className="stack" aria-labelledby="diff-title">
        <h2 id="diff-title">
          <FormattedMessage id="diff.title" />
        </h2>
        <AgreementDiffView engagementId={engagement.id} versions={data.versions} />
      </section>
    </div>
  );
}

/** In force since when, and whether a draft or an amendment is open. */
function AgreementStatus({ overview }: { overview: AgreementOverview }) {
  const { inForce, draft } = overview;
  return (
    <div className="alert alert-info stack-sm" aria-live="polite">
      {inForce ? (
        <p>
          <span className="badge badge-active">
            <FormattedMessage id="agreement.status.in_force" />
          </span>{" "}
          <FormattedMessage
            id="agreement.inForce.since"
            values={{
              version: inForce.version,
              date: inForce.inForceAt ? (
                <FormattedDate key="date" value={inForce.inForceAt} dateStyle="long" />
              ) : (
                ""
              ),
            }}
          />
        </p>
      ) : (
        <p>
          <FormattedMessage id="agreement.notInForce" />
        </p>
      )}
      {draft ? (
        <p>
          <FormattedMessage
            id={inForce ? "agreement.amendment.open" : "agreement.draft.open"}
            values={{ version: draft.version, signed: draft.signatures.length }}
          />
        </p>
      ) : null}
    </div>
  );
}
