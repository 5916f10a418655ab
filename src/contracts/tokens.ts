import { z } from "zod";
import { inUnit } from "./units";
import { Id, Timestamp } from "./common";

/** What an API token may do; a token also never exceeds its creator's role. */
export const TOKEN_SCOPES = [
  "engagements:read",
  "engagements:write",
  "orgs:read",
  "orgs:write",
] as const;
export const TokenScope = z.enum(TOKEN_SCOPES);
export type TokenScope = z.infer<typeof TokenScope>;

export const CreateTokenBody = z.object({
  orgId: Id,
  name: z.string().trim().min(1).max(100),
  scopes: z.array(TokenScope).min(1).max(TOKEN_SCOPES.length),
  expiresInDays: z.number().int().min(1, inUnit("days")).max(730, inUnit("days")).optional(),
});

export const ApiToken = z.object({
  id: Id,
  orgId: Id,
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(TokenScope),
  createdAt: Timestamp,
  expiresAt: Timestamp.nullable(),
  lastUsedAt: Timestamp.nullable(),
});
export const ApiTokenList = z.object({ tokens: z.array(ApiToken) });
export const CreatedApiToken = ApiToken.extend({
  token: z.string().meta({ description: "Shown once; store it now" }),
});
export const TokenParams = z.object({ tokenId: Id });
export const TokenListQuery = z.object({ orgId: Id });
