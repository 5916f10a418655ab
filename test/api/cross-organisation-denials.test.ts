import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../support/test-app";
import {
  addMember,
  buildAcceptedEngagement,
  createOrg,
  createToken,
  expectError,
  uniqueEmail,
  withBearer,
  type AcceptedEngagement,
  type CreatedToken,
} from "./api-fixtures";

/** Organisation A's resources, as its outsider would try to reach them. */
interface World extends AcceptedEngagement {
  mia: Person;
  invitationId: string;
  invitedEmail: string;
  token: CreatedToken;
  outsider: Person;
}

const A_NAME = "Acme Confidential Holdings";
const E_TITLE = "Project Nightingale";

type Request = [method: "GET" | "POST" | "PATCH" | "DELETE", url: string, body?: unknown];

/** Every resource of A, one request each; a member of B must learn nothing from any of them. */
const REQUESTS: Record<string, (w: World) => Request> = {
  "the organisation": (w) => ["GET", `/api/v1/orgs/${w.clientOrg.id}`],
  "its members": (w) => ["GET", `/api/v1/orgs/${w.clientOrg.id}/members`],
  "its invitations": (w) => ["GET", `/api/v1/orgs/${w.clientOrg.id}/invitations`],
  "inviting into it": (w) => [
    "POST",
    `/api/v1/orgs/${w.clientOrg.id}/invitations`,
    { email: uniqueEmail("intruder"), role: "owner" },
  ],
  "revoking its invitation": (w) => [
    "DELETE",
    `/api/v1/orgs/${w.clientOrg.id}/invitations/${w.invitationId}`,
  ],
  "changing a member's role": (w) => [
    "PATCH",
    `/api/v1/orgs/${w.clientOrg.id}/members/${w.mia.userId}`,
    { role: "viewer" },
  ],
  "removing a member": (w) => ["DELETE", `/api/v1/orgs/${w.clientOrg.id}/members/${w.mia.userId}`],
  "its engagements by orgId": (w) => ["GET", `/api/v1/engagements?orgId=${w.clientOrg.id}`],
  "starting an engagement for it": (w) => [
    "POST",
    "/api/v1/engagements",
    { orgId: w.clientOrg.id, title: "Hijack", counterpartEmail: w.outsider.email },
  ],
  "the engagement": (w) => ["GET", `/api/v1/engagements/${w.engagement.id}`],
  "the engagement's events": (w) => ["GET", `/api/v1/engagements/${w.engagement.id}/events`],
  "the ledger verification": (w) => ["GET", `/api/v1/engagements/${w.engagement.id}/ledger/verify`],
  "the ledger export": (w) => ["GET", `/api/v1/engagements/${w.engagement.id}/ledger/export`],
  "its API tokens": (w) => ["GET", `/api/v1/tokens?orgId=${w.clientOrg.id}`],
  "creating a token for it": (w) => [
    "POST",
    "/api/v1/tokens",
    { orgId: w.clientOrg.id, name: "Backdoor", scopes: ["orgs:write"] },
  ],
  "revoking its API token": (w) => ["DELETE", `/api/v1/tokens/${w.token.id}`],
};

describe.each(DIALECTS)("cross-organisation denials on %s", (dialect) => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    const joined = await buildAcceptedEngagement(t, {
      clientName: "Alice",
      clientOrgName: A_NAME,
      title: E_TITLE,
    });
    const mia = await signUpPerson(t.app, "Mia");
    await addMember(t, joined.client, joined.clientOrg, mia, "member");
    const invitedEmail = uniqueEmail("invited");
    const invited = await joined.client.client.post(
      `/api/v1/orgs/${joined.clientOrg.id}/invitations`,
      {
        email: invitedEmail,
        role: "member",
      },
    );
    const token = await createToken(joined.client, joined.clientOrg.id, ["engagements:read"]);
    const outsider = await signUpPerson(t.app, "Bruno");
    await createOrg(outsider, "provider", "Brightside");
    w = {
      ...joined,
      mia,
      invitationId: invited.json<{ id: string }>().id,
      invitedEmail,
      token,
      outsider,
    };
  });
  afterEach(async () => {
    await t.close();
  });

  function send(as: Person, [method, url, body]: Request) {
    return as.client.request(method, url, body);
  }

  it.each(Object.keys(REQUESTS))(
    "a member of another organisation gets 404 and no data for %s",
    async (name) => {
      const response = await send(w.outsider, REQUESTS[name]!(w));

      expectError(response, 404, "not_found");
      for (const secret of [
        A_NAME,
        E_TITLE,
        w.client.email,
        w.mia.email,
        w.invitedEmail,
        w.clientOrg.id,
      ]) {
        expect(response.body).not.toContain(secret);
      }
    },
  );

  it("the refused writes leave A exactly as it was", async () => {
    for (const request of Object.values(REQUESTS)) await send(w.outsider, request(w));

    const members = await w.client.client.get(`/api/v1/orgs/${w.clientOrg.id}/members`);
    const invitations = await w.client.client.get(`/api/v1/orgs/${w.clientOrg.id}/invitations`);
    const tokens = await w.client.client.get(`/api/v1/tokens?orgId=${w.clientOrg.id}`);
    const memberList = members.json<{ members: { userId: string; role: string }[] }>().members;
    expect(memberList).toHaveLength(2);
    expect(memberList).toContainEqual(
      expect.objectContaining({ userId: w.mia.userId, role: "member" }),
    );
    expect(
      invitations.json<{ invitations: { id: string; status: string }[] }>().invitations,
    ).toContainEqual(expect.objectContaining({ id: w.invitationId, status: "pending" }));
    expect(tokens.json<{ tokens: { id: string }[] }>().tokens.map((x) => x.id)).toEqual([
      w.token.id,
    ]);
    expect((await withBearer(t.app, w.token.token, "GET", "/api/v1/engagements")).statusCode).toBe(
      200,
    );
    const engagements = await t.deps.db.selectFrom("engagements").select("title").execute();
    expect(engagements.map((e) => e.title)).toEqual([E_TITLE]);
  });

  it("the outsider's own lists mention none of A's data", async () => {
    for (const url of ["/api/v1/engagements", "/api/v1/orgs", "/api/v1/me", "/api/v1/mailbox"]) {
      const response = await w.outsider.client.get(url);
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      expect(response.body).not.toContain(A_NAME);
      expect(response.body).not.toContain(E_TITLE);
    }
  });

  it("the counterpart sees the engagement but none of A's organisation", async () => {
    const provider = w.provider;

    expect((await provider.client.get(`/api/v1/engagements/${w.engagement.id}`)).statusCode).toBe(
      200,
    );
    for (const url of [
      `/api/v1/orgs/${w.clientOrg.id}`,
      `/api/v1/orgs/${w.clientOrg.id}/members`,
      `/api/v1/orgs/${w.clientOrg.id}/invitations`,
    ]) {
      const response = await provider.client.get(url);
      expectError(response, 404, "not_found");
      expect(response.body).not.toContain(w.mia.email);
    }
  });
});
