import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { AgreementOverview, AgreementDiff } from "../../../shared/api/types";
import { SelectField } from "../../../shared/components/fields";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useAgreementDiff } from "../api/get-agreement";
import { describePath, describeValue } from "../diff-labels";
import { CardTable } from "../../../shared/components/card-table";

type Change = AgreementDiff["changes"][number];

const KIND_LABELS = {
  added: "diff.kind.added",
  removed: "diff.kind.removed",
  changed: "diff.kind.changed",
} as const;

/** Compares any two versions of the agreement, change by change. */
export function AgreementDiffView({
  engagementId,
  versions,
}: {
  engagementId: string;
  versions: AgreementOverview["versions"];
}) {
  const intl = useIntl();
  const numbers = versions.map((v) => v.version).sort((a, b) => a - b);
  // Until the reader picks, compare the two latest versions, even as new ones appear.
  const [picked, setPicked] = useState<{ from: number | null; to: number | null }>({
    from: null,
    to: null,
  });
  const isKnown = (n: number | null): n is number => n !== null && numbers.includes(n);
  const from = isKnown(picked.from) ? picked.from : (numbers.at(-2) ?? 0);
  const to = isKnown(picked.to) ? picked.to : (numbers.at(-1) ?? 0);
  const diff = useAgreementDiff(engagementId, from, to);
  if (numbers.length < 2) {
    return (
      <p className="muted">
        <FormattedMessage id="diff.single" />
      </p>
    );
  }
  const options = numbers.map((n) => (
    <option key={n} value={n}>
      {intl.formatMessage({ id: "agreement.version" }, { version: n })}
    </option>
  ));
  return (
    <div className="stack">
      <div className="form-grid">
        <SelectField
          label={<FormattedMessage id="diff.from" />}
          value={from}
          onChange={(e) => setPicked({ ...picked, from: Number(e.target.value) })}
        >
          {options}
        </SelectField>
        <SelectField
          label={<FormattedMessage id="diff.to" />}
          value={to}
          onChange={(e) => setPicked({ ...picked, to: Number(e.target.value) })}
        >
          {options}
        </SelectField>
      </div>
      <div aria-live="polite">
        {from === to ? (
          <p className="muted">
            <FormattedMessage id="diff.same" />
          </p>
        ) : diff.isPending ? (
          <Loading />
        ) : diff.isError ? (
          <QueryError error={diff.error} onRetry={() => void diff.refetch()} />
        ) : diff.data.changes.length === 0 ? (
          <p className="muted">
            <FormattedMessage id="diff.none" />
          </p>
        ) : (
          <ChangesTable changes={diff.data.changes} from={from} to={to} />
        )}
      </div>
    </div>
  );
}

function ChangesTable({ changes, from, to }: { changes: Change[]; from: number; to: number }) {
  const intl = useIntl();
  return (
    <CardTable>
      <table className="diff-table">
        <caption className="visually-hidden">
          <FormattedMessage id="diff.caption" values={{ from, to }} />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="diff.column.what" />
            </th>
            <th scope="col">
              <FormattedMessage id="diff.column.before" values={{ version: from }} />
            </th>
            <th scope="col">
              <FormattedMessage id="diff.column.after" values={{ version: to }} />
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.path}>
              <th scope="row">
                {describePath(change.path, intl)}
                <br />
                <span className={`badge badge-diff-${change.kind}`}>
                  <FormattedMessage id={KIND_LABELS[change.kind]} />
                </span>
              </th>
              <td className="prewrap diff-before">
                {change.kind === "added" ? "" : describeValue(change.before, intl)}
              </td>
              <td className="prewrap diff-after">
                {change.kind === "removed" ? "" : describeValue(change.after, intl)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </CardTable>
  );
}
