import { useState } from "react";
import { FormattedMessage } from "react-intl";
import type { AgreementVersion } from "../../../shared/api/types";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { FormAlert } from "../../../shared/components/form-alert";
import { sortFindings } from "../../../shared/components/findings-panel";
import { useSignVersion } from "../api/change-agreement";
import { SignaturesList } from "./signatures-list";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";

/**
 * Signing binds the organisation, so only its owners sign, each for its own side, stating the
 * hash of the text they read. While a fair-terms finding blocks, the button stays disabled and
 * the blocking findings are listed beside it. A serious finding that costs the signer's side (a
 * pay cut, for the provider) must be acknowledged by ticking it; the signature names it.
 */
export function SignPanel({
  engagementId,
  version,
  side,
  canSign,
  isDirty,
}: {
  engagementId: string;
  version: AgreementVersion;
  side: "client" | "provider";
  /** The server's `abilities.agreement.sign`: only owners sign, each for its own side. */
  canSign: boolean;
  isDirty: boolean;
}) {
  const oneAtATime = useOneAtATime();
  const sign = useSignVersion(engagementId);
  const hasSigned = version.signatures.some((signature) => signature.side === side);
  const blocking = sortFindings(version.findings).filter((f) => f.severity === "blocking");
  const toAcknowledge = version.acknowledgementsRequired[side];
  const [acknowledged, setAcknowledged] = useState<readonly string[]>([]);
  const [isConfirming, setIsConfirming] = useState(false);
  const isAcknowledged = toAcknowledge.every((code) => acknowledged.includes(code));
  const isDraft = version.status === "draft";
  const reason = !isDraft
    ? null
    : hasSigned
      ? "agreement.sign.done"
      : !canSign
        ? "agreement.sign.ownersOnly"
        : isDirty
          ? "agreement.sign.unsaved"
          : !version.isSignable
            ? "agreement.sign.blocked"
            : !isAcknowledged
              ? "agreement.sign.acknowledge"
              : null;

  return (
    <section className="card stack" aria-labelledby="signatures-title">
      <h2 id="signatures-title">
        <FormattedMessage id="agreement.signatures.title" />
      </h2>
      <SignaturesList version={version} />
      {isDraft ? (
        <>
          {toAcknowledge.length > 0 && !hasSigned ? (
            <fieldset className="field stack-sm acknowledgements">
              <legend>
                <FormattedMessage id="agreement.sign.acknowledge.legend" />
              </legend>
              {version.findings
                .filter((finding) => toAcknowledge.includes(finding.code))
                .map((finding) => (
                  <label key={finding.code} className="checkbox">
                    <input
                      type="checkbox"
                      checked={acknowledged.includes(finding.code)}
                      onChange={(event) =>
                        setAcknowledged((codes) =>
                          event.target.checked
                            ? [...codes, finding.code]
                            : codes.filter((code) => code !== finding.code),
                        )
                      }
                    />{" "}
                    {finding.message}
                  </label>
                ))}
            </fieldset>
          ) : null}
          <button
            type="button"
            className="align-start"
            disabled={reason !== null || sign.isPending}
            aria-describedby="sign-reason"
            onClick={() => setIsConfirming(true)}
          >
            <FormattedMessage id="agreement.sign" values={{ version: version.version, side }} />
          </button>
          <ConfirmDialog
            isOpen={isConfirming}
            title={
              <FormattedMessage
                id="confirm.sign.title"
                values={{ version: version.version, side }}
              />
            }
            consequence={<FormattedMessage id="confirm.sign.body" />}
            confirmLabel={
              <FormattedMessage id="agreement.sign" values={{ version: version.version, side }} />
            }
            onConfirm={() => {
              setIsConfirming(false);
              oneAtATime(() =>
                sign.mutate({
                  version: version.version,
                  contentHash: version.contentHash,
                  acknowledgedFindings: toAcknowledge.filter((code) => acknowledged.includes(code)),
                }),
              );
            }}
            onCancel={() => setIsConfirming(false)}
          />
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
