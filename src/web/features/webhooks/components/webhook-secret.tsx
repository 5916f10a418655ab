import { useId, useState } from "react";
import { FormattedMessage } from "react-intl";
import type { WebhookWithSecret } from "../../../shared/api/types";
import { VERIFY_SIGNATURES_ID } from "./verify-signatures";

/**
 * The endpoint's signing secret, shown this once (after it is made or rotated), with a copy
 * button, the warning that it will not be shown again, and how receivers use it.
 */
export function WebhookSecret({
  webhook,
  onDone,
}: {
  webhook: WebhookWithSecret;
  onDone: () => void;
}) {
  const [isCopied, setIsCopied] = useState(false);
  const titleId = useId();
  const inputId = useId();
  return (
    <section className="card card-highlight stack-sm" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <FormattedMessage id="webhooks.secret.title" values={{ url: webhook.url }} />
      </h3>
      <p className="alert alert-info">
        <FormattedMessage id="webhooks.secret.warning" />
      </p>
      <div className="field">
        <label htmlFor={inputId}>
          <FormattedMessage id="webhooks.secret.label" />
        </label>
        <div className="copy-row">
          <input
            id={inputId}
            className="mono"
            readOnly
            value={webhook.secret}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard
                .writeText(webhook.secret)
                .then(() => setIsCopied(true))
                .catch(() => setIsCopied(false));
            }}
          >
            <FormattedMessage id="webhooks.secret.copy" />
          </button>
        </div>
        <p aria-live="polite" className="field-hint">
          {isCopied ? <FormattedMessage id="webhooks.secret.copied" /> : null}
        </p>
      </div>
      <p>
        <a href={`#${VERIFY_SIGNATURES_ID}`}>
          <FormattedMessage id="webhooks.secret.verifyLink" />
        </a>
      </p>
      <button type="button" className="button-secondary align-start" onClick={onDone}>
        <FormattedMessage id="webhooks.secret.done" />
      </button>
    </section>
  );
}
