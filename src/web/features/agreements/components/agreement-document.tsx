import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { AgreementVersion, Engagement } from "../../../shared/api/types";
import { VERSION_STATUS_LABELS } from "../agreement-labels";
import { AgreementTermsView } from "./agreement-terms-view";
import { SignaturesList } from "./signatures-list";

/**
 * The agreement as a document to print or keep: labels in the reader's language, what the
 * parties wrote as they wrote it, signatures with the hash each one covers.
 */
export function AgreementDocument({
  engagement,
  version,
}: {
  engagement: Engagement;
  version: AgreementVersion;
}) {
  const intl = useIntl();
  return (
    <article className="agreement-document stack-lg" aria-labelledby="agreement-document-title">
      <header className="stack-sm">
        <p className="muted">
          <FormattedMessage id="app.name" />
        </p>
        <h1 id="agreement-document-title">
          <FormattedMessage id="agreement.document.title" values={{ title: engagement.title }} />
        </h1>
        <dl className="document-facts">
          <dt>
            <FormattedMessage id="orgKind.client" />
          </dt>
          <dd>{engagement.client?.name ?? "—"}</dd>
          <dt>
            <FormattedMessage id="orgKind.provider" />
          </dt>
          <dd>{engagement.provider?.name ?? "—"}</dd>
          <dt>
            <FormattedMessage id="agreement.document.version" />
          </dt>
          <dd>
            {intl.formatMessage({ id: "agreement.version" }, { version: version.version })} ·{" "}
            {intl.formatMessage({ id: VERSION_STATUS_LABELS[version.status] })}
          </dd>
          {version.inForceAt ? (
            <>
              <dt>
                <FormattedMessage id="agreement.document.inForceAt" />
              </dt>
              <dd>
                <FormattedDate value={version.inForceAt} dateStyle="long" timeStyle="short" />
              </dd>
            </>
          ) : null}
        </dl>
      </header>
      <AgreementTermsView terms={version.terms} />
      <section className="stack-sm document-signatures">
        <h2>
          <FormattedMessage id="agreement.signatures.title" />
        </h2>
        <SignaturesList version={version} />
      </section>
      <footer className="muted document-footer">
        <FormattedMessage
          id="agreement.document.footer"
          values={{
            date: (
              <FormattedDate key="date" value={new Date()} dateStyle="long" timeStyle="short" />
            ),
          }}
        />
      </footer>
    </article>
  );
}
