import { useState } from "react";
import { FormattedMessage } from "react-intl";
import type { CreatedApiToken } from "../../../shared/api/types";

/** The secret, shown this once, with a copy button. */
export function CreatedToken({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const [isCopied, setIsCopied] = useState(false);

  return (
    <section className="card card-highlight" aria-labelledby="created-token-title">
      <h3 id="created-token-title">
        <FormattedMessage id="tokens.created.title" values={{ name: token.name }} />
      </h3>
      <p>
        <FormattedMessage id="tokens.created.body" />
      </p>
      <div className="field">
        <label htmlFor="created-token-value">
          <FormattedMessage id="tokens.created.label" />
        </label>
        <div className="copy-row">
          <input
            id="created-token-value"
            className="mono"
            readOnly
            value={token.token}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard
                .writeText(token.token)
                .then(() => setIsCopied(true))
                .catch(() => setIsCopied(false));
            }}
          >
            <FormattedMessage id="tokens.copy" />
          </button>
        </div>
        <p aria-live="polite" className="field-hint">
          {isCopied ? <FormattedMessage id="tokens.copied" /> : null}
        </p>
      </div>
      <button type="button" className="button-secondary" onClick={onDone}>
        <FormattedMessage id="tokens.created.done" />
      </button>
    </section>
  );
}
