import { FormattedMessage, FormattedNumber, useIntl } from "react-intl";
import { Link } from "react-router";
import type { Match, MatchList as MatchListData } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useSkillName } from "../../taxonomy/taxonomy-names";
import { useMatches } from "../api/get-matches";
import { useShortlistProvider } from "../api/shortlist-provider";
import { MATCH_FACTOR_LABELS } from "../brief-labels";
import { MatchFactors, ScoreBar } from "./match-factors";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";

/**
 * Providers ranked by aptitude for the brief. The weights are shown first so the client sees
 * price is one factor among six; there is deliberately no way to sort by price.
 */
export function MatchList({ briefId, canAct }: { briefId: string; canAct: boolean }) {
  const matches = useMatches(briefId);
  if (matches.isPending) return <Loading />;
  if (matches.isError)
    return <QueryError error={matches.error} onRetry={() => void matches.refetch()} />;
  return (
    <div className="stack">
      <Weights weights={matches.data.weights} />
      {matches.data.matches.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="match.empty" />
        </p>
      ) : (
        <ol className="plain-list stack">
          {matches.data.matches.map((match, index) => (
            <MatchCard
              key={match.provider.id}
              briefId={briefId}
              match={match}
              rank={index + 1}
              canAct={canAct}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

function Weights({ weights }: { weights: MatchListData["weights"] }) {
  const intl = useIntl();
  const factors = Object.keys(MATCH_FACTOR_LABELS) as (keyof typeof MATCH_FACTOR_LABELS)[];
  return (
    <div className="alert alert-info stack-sm">
      <p>
        <FormattedMessage id="match.weights.intro" values={{ count: factors.length }} />
      </p>
      <ul className="inline-list">
        {factors.map((factor) => (
          <li key={factor}>
            {intl.formatMessage({ id: MATCH_FACTOR_LABELS[factor] })}{" "}
            <strong>
              <FormattedNumber value={weights[factor] ?? 0} style="percent" />
            </strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

function MatchCard({
  briefId,
  match,
  rank,
  canAct,
}: {
  briefId: string;
  match: Match;
  rank: number;
  canAct: boolean;
}) {
  const oneAtATime = useOneAtATime();
  const skillName = useSkillName();
  const shortlist = useShortlistProvider(briefId);
  const headingId = `match-${match.provider.id}`;
  return (
    <li>
      <article className="card stack" aria-labelledby={headingId}>
        <div className="card-head">
          <h3 id={headingId}>
            <FormattedMessage id="match.rank" values={{ rank }} />{" "}
            <Link to={`/providers/${match.provider.id}`}>{match.provider.name}</Link>
          </h3>
          <span className="match-score">
            <FormattedMessage id="match.score" /> <ScoreBar score={match.score} />
          </span>
        </div>
        <MatchFactors match={match} />
        {match.missingSkillIds.length > 0 ? (
          <p className="muted">
            <FormattedMessage
              id="match.missingSkills"
              values={{ skills: match.missingSkillIds.map(skillName).join(", ") }}
            />
          </p>
        ) : null}
        {canAct ? (
          <div className="button-row">
            {match.isInvited ? (
              <span className="badge badge-accepted">
                <FormattedMessage id="match.invited" />
              </span>
            ) : (
              <>
                {match.isShortlisted ? (
                  <span className="badge">
                    <FormattedMessage id="match.shortlisted" />
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button-secondary"
                    aria-describedby={headingId}
                    disabled={shortlist.isPending}
                    onClick={() =>
                      oneAtATime(() =>
                        shortlist.mutate({ providerOrgId: match.provider.id, isInvited: false }),
                      )
                    }
                  >
                    <FormattedMessage id="match.shortlist" />
                  </button>
                )}
                <button
                  type="button"
                  aria-describedby={headingId}
                  disabled={shortlist.isPending}
                  onClick={() =>
                    oneAtATime(() =>
                      shortlist.mutate({ providerOrgId: match.provider.id, isInvited: true }),
                    )
                  }
                >
                  <FormattedMessage id="match.invite" />
                </button>
              </>
            )}
          </div>
        ) : null}
        <FormAlert error={shortlist.error} />
      </article>
    </li>
  );
}
