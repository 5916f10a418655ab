import { FormattedDate, FormattedMessage } from "react-intl";
import type { AgreementVersion } from "../../../shared/api/types";

/** Who signed the version, for which side, when, and the hash of the text they signed. */
export function SignaturesList({ version }: { version: AgreementVersion }) {
  return (
    <div className="stack-sm">
      <p>
        <FormattedMessage
          id="agreement.contentHash"
          values={{
            hash: (
              <code key="hash" className="hash">
                {version.contentHash}
              </code>
            ),
          }}
        />
      </p>
      {version.signatures.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="agreement.signatures.none" />
        </p>
      ) : (
        <ul className="plain-list stack-sm signatures">
          {version.signatures.map((signature) => (
            <li key={`${signature.side}-${signature.userId}`} className="signature">
              <FormattedMessage
                id="agreement.signature"
                values={{
                  name: <strong key="name">{signature.name}</strong>,
                  side: signature.side,
                  date: (
                    <FormattedDate
                      key="date"
                      value={signature.signedAt}
                      dateStyle="long"
                      timeStyle="short"
                    />
                  ),
                }}
              />
              <br />
              <span className="muted">
                <FormattedMessage
                  id="agreement.signature.hash"
                  values={{
                    hash: (
                      <code key="hash" className="hash">
                        {signature.contentHash}
                      </code>
                    ),
                  }}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
