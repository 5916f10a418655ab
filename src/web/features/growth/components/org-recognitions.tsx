import { FormattedMessage, useIntl } from "react-intl";
import { useOrgRecognitions } from "../api/growth-queries";

/**
 * The recognition an organisation received and consented to show, for its profile and
 * scorecard, with the small capped signal the health model takes from it.
 */
export function OrgRecognitions({ orgId }: { orgId: string }) {
  const intl = useIntl();
  const query = useOrgRecognitions(orgId);
  if (!query.data || query.data.recognitions.length === 0) return null;
  const { recognitions, signal } = query.data;
  return (
    <section className="card stack" aria-labelledby="org-recognition-title">
      <h2 id="org-recognition-title">
        <FormattedMessage id="growth.profile.heading" />
      </h2>
      <p className="muted">
        <FormattedMessage
          id="growth.profile.signal"
          values={{ count: signal.count, points: signal.points, max: signal.maxPoints }}
        />
      </p>
      <ul className="plain-list stack">
        {recognitions.map((r) => (
          <li key={r.id} className="stack-sm">
            <strong>
              <FormattedMessage
                id="growth.profile.line"
                values={{ kind: r.kind, from: r.from.name }}
              />
            </strong>
            {r.subjectTitle ? <span className="muted">{r.subjectTitle}</span> : null}
            {r.reason ? (
              <span className="muted">
                {intl.formatMessage({ id: "growth.recognition.reasonName" }, { reason: r.reason })}
              </span>
            ) : null}
            <blockquote>{r.text}</blockquote>
            {r.people.length > 0 ? <span>{r.people.join(", ")}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
