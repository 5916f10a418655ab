import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { FormAlert } from "../../../shared/components/form-alert";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useTokens } from "../api/get-tokens";
import { useRevokeToken } from "../api/revoke-token";
import { TOKEN_SCOPE_LABELS } from "../token-scope-labels";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { CardTable } from "../../../shared/components/card-table";

export function TokensTable({ orgId }: { orgId: string }) {
  const oneAtATime = useOneAtATime();
  const intl = useIntl();
  const tokens = useTokens(orgId);
  const revoke = useRevokeToken();

  if (tokens.isPending) return <Loading />;
  if (tokens.isError)
    return <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />;
  if (tokens.data.tokens.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="tokens.empty" />
      </p>
    );
  }

  return (
    <>
      <FormAlert error={revoke.error} />
      <CardTable>
        <table>
          <caption className="visually-hidden">
            <FormattedMessage id="tokens.table.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="tokens.column.name" />
              </th>
              <th scope="col">
                <FormattedMessage id="tokens.column.prefix" />
              </th>
              <th scope="col">
                <FormattedMessage id="tokens.column.scopes" />
              </th>
              <th scope="col">
                <FormattedMessage id="tokens.column.expires" />
              </th>
              <th scope="col">
                <FormattedMessage id="tokens.column.lastUsed" />
              </th>
              <th scope="col">
                <FormattedMessage id="tokens.column.actions" />
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>
                  <ul className="plain-list">
                    {token.scopes.map((scope) => (
                      <li key={scope}>
                        <FormattedMessage id={TOKEN_SCOPE_LABELS[scope]} />
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {token.expiresAt ? (
                    <FormattedDate value={token.expiresAt} dateStyle="medium" />
                  ) : (
                    <FormattedMessage id="tokens.noExpiry" />
                  )}
                </td>
                <td>
                  {token.lastUsedAt ? (
                    <FormattedDate value={token.lastUsedAt} dateStyle="medium" timeStyle="short" />
                  ) : (
                    <FormattedMessage id="tokens.neverUsed" />
                  )}
                </td>
                <td className="actions">
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={revoke.isPending}
                    aria-label={intl.formatMessage(
                      { id: "tokens.revoke.label" },
                      { name: token.name },
                    )}
                    onClick={() => oneAtATime(() => revoke.mutate({ tokenId: token.id }))}
                  >
                    <FormattedMessage id="tokens.revoke" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardTable>
    </>
  );
}
