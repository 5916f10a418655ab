import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { ErrorResponse } from "../../src/contracts/errors";
import {
  invitationTokenFromMailbox,
  signUpPerson,
  TestClient,
  type Person,
  type TestApp,
} from "../support/test-app";

/** Small factories for the API tests: each goes through the HTTP API, as a user would. */

export interface OrgRef {
  id: string;
  name: string;
  kind: "client" | "provider";
}

export interface EngagementBody {
  id: string;
  title: string;
  status: string;
  mySide: string;
  client: { id: string; name: string } | null;
  provider: { id: string; name: string } | null;
  createdAt: string;
}

export interface LedgerEventBody {
  id: string;
  seq: number;
  type: string;
  prevHash: string;
  hash: string;
  payload: Record<string, unknown>;
}

export const PASSWORD = "correct horse battery";

let counter = 0;
/** A name no other test uses, so bodies can be searched for it without false hits. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix} ${counter} ${Math.random().toString(36).slice(2, 7)}`;
}

export function uniqueEmail(prefix = "someone"): string {
  counter += 1;
  return `${prefix}.${counter}.${Math.random().toString(36).slice(2, 8)}@example.test`;
}

export async function createOrg(
  person: Person,
  kind: OrgRef["kind"],
  name = uniqueName(kind === "client" ? "Client" : "Provider"),
): Promise<OrgRef> {
  const response = await person.client.post("/api/v1/orgs", { name, kind });
  if (response.statusCode !== 201) throw new Error(`create org failed: ${response.body}`);
  return response.json<OrgRef>();
}

/** Invites `invitee` into the organisation with a role and has them accept the link. */
export async function addMember(
  t: TestApp,
  owner: Person,
  org: OrgRef,
  invitee: Person,
  role: "owner" | "member" | "viewer",
): Promise<void> {
  const invited = await owner.client.post(`/api/v1/orgs/${org.id}/invitations`, {
    email: invitee.email,
    role,
  });
  if (invited.statusCode !== 201) throw new Error(`invite failed: ${invited.body}`);
  const token = await invitationTokenFromMailbox(t.deps, invitee.email);
  const accepted = await invitee.client.post(`/api/v1/invitations/${token}/accept`, {});
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
}

/** Proposes an engagement from `org`, inviting `counterpartEmail`; it stays pending. */
export async function startEngagement(
  person: Person,
  org: OrgRef,
  counterpartEmail: string,
  title = uniqueName("Engagement"),
): Promise<EngagementBody> {
  const response = await person.client.post("/api/v1/engagements", {
    orgId: org.id,
    title,
    counterpartEmail,
  });
  if (response.statusCode !== 201) throw new Error(`start engagement failed: ${response.body}`);
  return response.json<EngagementBody>();
}

export interface AcceptedEngagement {
  client: Person;
  clientOrg: OrgRef;
  provider: Person;
  providerOrg: OrgRef;
  engagement: EngagementBody;
}

/** A client organisation and a provider organisation joined by an accepted engagement. */
export async function buildAcceptedEngagement(
  t: TestApp,
  overrides: { clientName?: string; clientOrgName?: string; title?: string } = {},
): Promise<AcceptedEngagement> {
  const client = await signUpPerson(t.app, overrides.clientName ?? "Clara");
  const clientOrg = await createOrg(client, "client", overrides.clientOrgName);
  const provider = await signUpPerson(t.app, "Pedro");
  const providerOrg = await createOrg(provider, "provider");
  const engagement = await startEngagement(client, clientOrg, provider.email, overrides.title);
  const token = await invitationTokenFromMailbox(t.deps, provider.email);
  const accepted = await provider.client.post(`/api/v1/invitations/${token}/accept`, {
    orgId: providerOrg.id,
  });
  if (accepted.statusCode !== 200) throw new Error(`accept engagement failed: ${accepted.body}`);
  return { client, clientOrg, provider, providerOrg, engagement };
}

export interface CreatedToken {
  id: string;
  token: string;
}

export async function createToken(
  owner: Person,
  orgId: string,
  scopes: string[],
  extra: { expiresInDays?: number } = {},
): Promise<CreatedToken> {
  const response = await owner.client.post("/api/v1/tokens", {
    orgId,
    name: uniqueName("Integration"),
    scopes,
    ...extra,
  });
  if (response.statusCode !== 201) throw new Error(`create token failed: ${response.body}`);
  return response.json<CreatedToken>();
}

/** A request carrying only an API token: no cookie, no CSRF token. */
export function withBearer(
  app: FastifyInstance,
  token: string,
  method: InjectOptions["method"],
  url: string,
  body?: unknown,
): Promise<LightMyRequestResponse> {
  return new TestClient(app).request(method, url, body, { authorization: `Bearer ${token}` });
}

/** A person signed up through a fresh client, with the raw session cookie value kept. */
export async function signUpWithCookie(
  app: FastifyInstance,
  name: string,
): Promise<Person & { sessionCookie: string }> {
  const client = new TestClient(app);
  const email = uniqueEmail(name.toLowerCase());
  const response = await client.post("/api/v1/auth/signup", { email, password: PASSWORD, name });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === "accord_session");
  if (!cookie) throw new Error("sign-up set no session cookie");
  const userId = response.json<{ user: { id: string } }>().user.id;
  return { client, userId, email, name, sessionCookie: cookie.value };
}

/** Asserts the API's one error shape with the status and code. */
export function expectError(
  response: LightMyRequestResponse,
  status: number,
  code: ErrorResponse["error"]["code"],
): ErrorResponse["error"] {
  expect(response.statusCode, response.body).toBe(status);
  const body = response.json<ErrorResponse>();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error;
}

/**
 * `expectError` for a refusal of one field: its own message is also at `path`, so a form shows
 * it beside the field.
 */
export function expectErrorAt(
  response: LightMyRequestResponse,
  status: number,
  code: ErrorResponse["error"]["code"],
  path: string,
): ErrorResponse["error"] {
  const error = expectError(response, status, code);
  expect(error.fields).toEqual([{ path, code, message: error.message }]);
  return error;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
