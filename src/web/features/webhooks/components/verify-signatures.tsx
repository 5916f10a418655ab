import { FormattedMessage } from "react-intl";

export const VERIFY_SIGNATURES_ID = "verify-signatures";

/** What a receiver does with the secret, in two sentences; docs/WEBHOOKS.md has the code. */
export function VerifySignatures() {
  return (
    <section
      id={VERIFY_SIGNATURES_ID}
      tabIndex={-1}
      className="card stack-sm"
      aria-labelledby={`${VERIFY_SIGNATURES_ID}-title`}
    >
      <h2 id={`${VERIFY_SIGNATURES_ID}-title`}>
        <FormattedMessage id="webhooks.verify.title" />
      </h2>
      <p>
        <FormattedMessage
          id="webhooks.verify.body"
          values={{ code: (chunks) => <code key="code">{chunks}</code> }}
        />
      </p>
    </section>
  );
}
