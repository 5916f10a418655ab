import { FormattedMessage } from "react-intl";
import type { AgreementVersion, Role } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { sortFindings } from "../../../shared/components/findings-panel";
import { useSignVersion } from "../api/change-agreement";
import { SignaturesList } from "./signatures-list";

/**
 * Signing binds the organisation, so only its owners sign, each for its own side, stating the
 * hash of the text they read. While a fair-terms finding blocks, the button stays disabled and
 * the blocking findings are listed beside it.
 */
export function SignPanel({
  engagementId,
  version,
  side,
  role,
  isDirty,
}: {
  engagementId: string;
  version: AgreementVersion;
  side: "client" | "provider";
  role: Role | null;
  isDirty: boolean;
}) {
  const sign = useSignVersion(engagementId);
  const hasSigned = version.signatures.some((signature) => signature.side === side);
  const blocking = sortFindings(version.findings).filter((f) => f.severity === "blocking");
  const isDraft = version.status === "draft";
  const reason = !isDraft
    ? null
    : hasSigned
      ? "agreement.sign.done"
      : role !== "owner"
        ? "agreement.sign.ownersOnly"
        : isDirty
          ? "agreement.sign.unsaved"
          : !version.isSignable
            ? "agreement.sign.blocked"
            : null;

  return (
    <section className="card stack" aria-labelledby="signatures-title">
      <h2 id="signatures-title">
        <FormattedMessage id="agreement.signatures.title" />
      </h2>
      <SignaturesList version={version} />
      {isDraft ? (
        <>
          <button
            type="button"
            className="align-start"
            disabled={reason !== null || sign.isPending}
            aria-describedby="sign-reason"
            onClick={() =>
              sign.mutate({ version: version.version, contentHash: version.contentHash })
            }
          >
            <FormattedMessage id="agreement.sign" values={{ version: version.version, side }} />
          </button>
          <div id="sign-reason" aria-live="polite" className="stack-sm">
            {reason ? (
              <p className="field-hint">
                <FormattedMessage id={reason} />
              </p>
            ) : (
              <p className="field-hint">
                <FormattedMessage id="agreement.sign.hint" />
              </p>
            )}
            {reason === "agreement.sign.blocked" ? (
              <ul className="blocking-list">
                {blocking.map((finding, index) => (
                  <li key={`${finding.path}-${index}`}>{finding.message}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <FormAlert error={sign.error} />
        </>
      ) : null}
    </section>
  );
}
