import { FormattedMessage, useIntl } from "react-intl";
import { FormAlert } from "../../../shared/components/form-alert";
import { archiveUrl } from "../api/download-archive";
import { ledgerExportFileName, ledgerExportUrl } from "../api/export-ledger";
import { useVerifyLedger } from "../api/verify-ledger";
import { BROKEN_REASON_LABELS } from "../engagement-labels";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";

/**
 * Lets either side check that the ledger's hash chain is unbroken, and take a copy of it or of
 * the whole engagement.
 */
export function VerifyHistory({ engagementId }: { engagementId: string }) {
  const oneAtATime = useOneAtATime();
  const intl = useIntl();
  const verify = useVerifyLedger();
  const result = verify.data;

  return (
    <div className="stack">
      <div className="button-row">
        <button
          type="button"
          disabled={verify.isPending}
          onClick={() => oneAtATime(() => verify.mutate(engagementId))}
        >
          <FormattedMessage id="engagement.verify.button" />
        </button>
        <a
          className="button-link button-link-secondary"
          href={ledgerExportUrl(engagementId)}
          download={ledgerExportFileName(engagementId)}
        >
          <FormattedMessage id="engagement.export" />
        </a>
        <a className="button-link button-link-secondary" href={archiveUrl(engagementId)} download>
          <FormattedMessage id="engagement.archive.download" />
        </a>
      </div>
      <p className="muted">
        <FormattedMessage id="engagement.archive.hint" />
      </p>
      <div aria-live="polite">
        {verify.isPending ? (
          <p className="muted">
            <FormattedMessage id="engagement.verify.checking" />
          </p>
        ) : result?.isIntact ? (
          <p className="alert alert-success">
            <FormattedMessage id="engagement.verify.intact" values={{ count: result.eventCount }} />
          </p>
        ) : result?.firstBroken ? (
          <p className="alert alert-error">
            <FormattedMessage
              id="engagement.verify.broken"
              values={{
                seq: result.firstBroken.seq,
                reason: intl.formatMessage({ id: BROKEN_REASON_LABELS[result.firstBroken.reason] }),
              }}
            />
          </p>
        ) : null}
      </div>
      <FormAlert error={verify.error} />
    </div>
  );
}
