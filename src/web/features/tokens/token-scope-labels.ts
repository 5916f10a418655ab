import type { TokenScope } from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";

export const TOKEN_SCOPE_LABELS: Record<TokenScope, AppMessageKey> = {
  "engagements:read": "tokens.scope.engagements_read",
  "engagements:write": "tokens.scope.engagements_write",
  "orgs:read": "tokens.scope.orgs_read",
  "orgs:write": "tokens.scope.orgs_write",
};
