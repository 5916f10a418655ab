import { useId, type ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { Finding } from "../api/types";
import { anchorFor, focusAnchor } from "../lib/anchors";

/** Blocking findings first, then serious ones, each group in the order the check gave. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return (["blocking", "serious", "warning"] as const).flatMap((severity) =>
    findings.filter((finding) => finding.severity === severity),
  );
}

export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === "blocking");
}

/**
 * The result of a check (clarity, feasibility, fair terms) as a list the reader can act on:
 * blocking findings first, then serious ones (red, signable), each linked to its field when `scope` names the editor's fields.
 * It is a live region, so a new result is announced after each save.
 */
export function FindingsPanel({
  title,
  intro,
  findings,
  scope,
  empty,
  isStale = false,
  mapPath,
}: {
  title: ReactNode;
  intro?: ReactNode;
  findings: readonly Finding[];
  /** The editor's anchor scope; without it the findings are plain text. */
  scope?: string | undefined;
  empty: ReactNode;
  /** The editor has changes the check has not seen yet. */
  isStale?: boolean;
  /** Where in the editor a finding's path is fixed, when that is not the path itself. */
  mapPath?: (path: string) => string;
}) {
  const titleId = useId();
  const sorted = sortFindings(findings);
  return (
    <section className="card stack findings-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {intro ? <p className="muted">{intro}</p> : null}
      <div aria-live="polite" className="stack">
        {isStale ? (
          <p className="alert alert-info">
            <FormattedMessage id="findings.stale" />
          </p>
        ) : null}
        {sorted.length === 0 ? (
          <p className="alert alert-success">{empty}</p>
        ) : (
          <ul className="plain-list findings-list">
            {sorted.map((finding, index) => (
              <FindingItem
                key={`${finding.code}-${finding.path}-${index}`}
                finding={mapPath ? { ...finding, path: mapPath(finding.path) } : finding}
                scope={scope}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

const SEVERITY_LABEL = {
  blocking: "findings.severity.blocking",
  serious: "findings.severity.serious",
  warning: "findings.severity.warning",
} as const;

function FindingItem({ finding, scope }: { finding: Finding; scope?: string | undefined }) {
  return (
    <li className={`finding finding-${finding.severity}`}>
      <span className={`badge badge-${finding.severity}`}>
        <FormattedMessage id={SEVERITY_LABEL[finding.severity]} />
      </span>{" "}
      {scope ? (
        <a
          href={`#${anchorFor(scope, finding.path)}`}
          onClick={(event) => {
            event.preventDefault();
            focusAnchor(scope, finding.path);
          }}
        >
          {finding.message}
        </a>
      ) : (
        <span>{finding.message}</span>
      )}
      {finding.reason ? (
        <p className="finding-reason muted">
          <FormattedMessage id="findings.reason" values={{ reason: finding.reason }} />
        </p>
      ) : null}
    </li>
  );
}
