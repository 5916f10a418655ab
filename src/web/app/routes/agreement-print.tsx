import { FormattedMessage, useIntl } from "react-intl";
import { Link, useParams, useSearchParams } from "react-router";
import {
  agreementPdfUrl,
  useAgreement,
  useAgreementVersion,
} from "../../features/agreements/api/get-agreement";
import { AgreementDocument } from "../../features/agreements/components/agreement-document";
import { useEngagement } from "../../features/engagements/api/get-engagement";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

/**
 * The agreement alone on the page, for printing or saving: no navigation, print styles. Without
 * `?version=` it shows the version in force, else the draft.
 */
export function AgreementPrintRoute() {
  const intl = useIntl();
  const { engagementId = "" } = useParams();
  const [params] = useSearchParams();
  const asked = Number(params.get("version"));
  const engagement = useEngagement(engagementId);
  const overview = useAgreement(engagementId);
  const versionNumber =
    asked > 0 ? asked : (overview.data?.inForce?.version ?? overview.data?.draft?.version ?? null);
  const version = useAgreementVersion(engagementId, versionNumber);
  useDocumentTitle(
    engagement.data
      ? intl.formatMessage({ id: "agreement.document.title" }, { title: engagement.data.title })
      : null,
  );

  const failed = engagement.error ?? version.error ?? overview.error;
  return (
    <div className="print-page">
      <div className="print-toolbar no-print">
        <Link to={`/engagements/${engagementId}/agreement`} className="back-link">
          <FormattedMessage id="agreement.print.back" />
        </Link>
        <div className="button-row">
          <button type="button" onClick={() => window.print()}>
            <FormattedMessage id="agreement.print.button" />
          </button>
          {versionNumber ? (
            <a
              className="button-link button-link-secondary"
              href={agreementPdfUrl(engagementId, versionNumber)}
            >
              <FormattedMessage id="agreement.pdf" />
            </a>
          ) : null}
        </div>
      </div>
      <main id="main" tabIndex={-1}>
        {failed ? (
          <QueryError error={failed} />
        ) : engagement.data && version.data ? (
          <AgreementDocument engagement={engagement.data} version={version.data} />
        ) : (
          <Loading />
        )}
      </main>
    </div>
  );
}
