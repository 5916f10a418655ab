import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../support/test-app";
import {
  addMember,
  createOrg,
  createToken,
  DAY_MS,
  expectError,
  startEngagement,
  withBearer,
  type EngagementBody,
  type OrgRef,
} from "./api-fixtures";

interface TokenBody {
  id: string;
  orgId: string;
  name: string;
  prefix: string;
  scopes: string[];
  token?: string;
}

describe.each(DIALECTS)("API tokens on %s", (dialect) => {
  let t: TestApp;
  let owner: Person;
  let org: OrgRef;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    owner = await signUpPerson(t.app, "Olivia");
    org = await createOrg(owner, "client", "Acme");
  });
  afterEach(async () => {
    await t.close();
  });

  function bearer(
    token: string,
    method: "GET" | "POST" | "PATCH" | "DELETE",
    url: string,
    body?: unknown,
  ) {
    return withBearer(t.app, token, method, url, body);
  }

  it("shows the secret once, prefixed accord_, and never lists it", async () => {
    const response = await owner.client.post("/api/v1/tokens", {
      orgId: org.id,
      name: "CI",
      scopes: ["engagements:read"],
    });

    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<TokenBody>();
    expect(created.token).toMatch(/^accord_[A-Za-z0-9_-]{20,}$/);
    expect(created.token?.startsWith(created.prefix)).toBe(true);
    const listed = await owner.client.get(`/api/v1/tokens?orgId=${org.id}`);
    expect(listed.statusCode).toBe(200);
    const tokens = listed.json<{ tokens: TokenBody[] }>().tokens;
    expect(tokens).toEqual([
      expect.objectContaining({ id: created.id, name: "CI", scopes: ["engagements:read"] }),
    ]);
    expect(tokens[0]).not.toHaveProperty("token");
    expect(listed.body).not.toContain(created.token);
    const stored = await t.deps.db.selectFrom("api_tokens").selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(created.token);
  });

  it("a token with engagements:read lists its organisation's engagements", async () => {
    const started = await startEngagement(owner, org, "partner@example.test");
    const { token } = await createToken(owner, org.id, ["engagements:read"]);

    const response = await bearer(token, "GET", "/api/v1/engagements");

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ engagements: EngagementBody[] }>().engagements.map((e) => e.id)).toEqual(
      [started.id],
    );
    expect((await bearer(token, "GET", `/api/v1/engagements/${started.id}`)).statusCode).toBe(200);
  });

  it("the token list shows when a token was last used", async () => {
    const { id, token } = await createToken(owner, org.id, ["engagements:read"]);
    t.clock.advance(60_000);

    await bearer(token, "GET", "/api/v1/engagements");

    const listed = await owner.client.get(`/api/v1/tokens?orgId=${org.id}`);
    expect(listed.json<{ tokens: (TokenBody & { lastUsedAt: string | null })[] }>().tokens).toEqual(
      [expect.objectContaining({ id, lastUsedAt: t.clock.now().toISOString() })],
    );
  });

  it("a token lacking the route's scope is refused with token_scope_missing", async () => {
    const { token } = await createToken(owner, org.id, ["engagements:read"]);

    const write = await bearer(token, "POST", "/api/v1/engagements", {
      orgId: org.id,
      title: "From CI",
      counterpartEmail: "partner@example.test",
    });
    const orgs = await bearer(token, "GET", "/api/v1/orgs");

    const error = expectError(write, 403, "token_scope_missing");
    expect(error.message).toContain("engagements:write");
    expectError(orgs, 403, "token_scope_missing");
    const count = await t.deps.db
      .selectFrom("engagements")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("a token acts only in its own organisation even when its creator belongs to more", async () => {
    const other = await createOrg(owner, "client", "Acme Labs");
    const inOrg = await startEngagement(owner, org, "partner@example.test", "Visible");
    const inOther = await startEngagement(owner, other, "partner@example.test", "Hidden Labs Work");
    const { token } = await createToken(owner, org.id, ["engagements:read", "orgs:read"]);

    const list = await bearer(token, "GET", "/api/v1/engagements");
    const hidden = await bearer(token, "GET", `/api/v1/engagements/${inOther.id}`);
    const byOrg = await bearer(token, "GET", `/api/v1/engagements?orgId=${other.id}`);
    const me = await bearer(token, "GET", "/api/v1/me");
    const orgs = await bearer(token, "GET", "/api/v1/orgs");
    const otherOrg = await bearer(token, "GET", `/api/v1/orgs/${other.id}`);

    expect(list.json<{ engagements: EngagementBody[] }>().engagements.map((e) => e.id)).toEqual([
      inOrg.id,
    ]);
    expect(list.body).not.toContain("Hidden Labs Work");
    expectError(hidden, 404, "not_found");
    expectError(byOrg, 404, "not_found");
    expect(me.json()).toMatchObject({
      authenticatedBy: "token",
      memberships: [{ org: { id: org.id } }],
    });
    expect(orgs.json<{ organisations: OrgRef[] }>().organisations.map((o) => o.id)).toEqual([
      org.id,
    ]);
    expect(orgs.body).not.toContain("Acme Labs");
    expectError(otherOrg, 404, "not_found");
  });

  it("a revoked token is refused", async () => {
    const { id, token } = await createToken(owner, org.id, ["engagements:read"]);
    expect((await bearer(token, "GET", "/api/v1/engagements")).statusCode).toBe(200);

    const revoked = await owner.client.delete(`/api/v1/tokens/${id}`);

    expect(revoked.statusCode, revoked.body).toBe(200);
    expectError(await bearer(token, "GET", "/api/v1/engagements"), 401, "unauthenticated");
    const listed = await owner.client.get(`/api/v1/tokens?orgId=${org.id}`);
    expect(listed.json<{ tokens: TokenBody[] }>().tokens).toEqual([]);
    expectError(await owner.client.delete(`/api/v1/tokens/${id}`), 404, "not_found");
  });

  it("revoked twice at once: one revocation, the other told it is gone, one audit entry", async () => {
    for (let round = 0; round < 4; round += 1) {
      const { id, token } = await createToken(owner, org.id, ["engagements:read"]);

      const answers = await Promise.all([
        owner.client.delete(`/api/v1/tokens/${id}`),
        owner.client.delete(`/api/v1/tokens/${id}`),
      ]);

      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses, `round ${round}`).toEqual([200, 404]);
      expectError(
        answers.find((a) => a.statusCode === 404)!,
        404,
        "not_found",
      );
      expectError(await bearer(token, "GET", "/api/v1/engagements"), 401, "unauthenticated");
      const audits = await t.deps.db
        .selectFrom("audit_events")
        .select("id")
        .where("action", "=", "token.revoked")
        .where("subject", "=", id)
        .execute();
      expect(audits, `round ${round}`).toHaveLength(1);
    }
  });

  it("keeps one active token per name: a second (retyped, or two at once) is refused, naming it; revoked or expired, the name is free", async () => {
    const create = (name: string, extra: { expiresInDays?: number } = {}) =>
      owner.client.post("/api/v1/tokens", {
        orgId: org.id,
        name,
        scopes: ["engagements:read"],
        ...extra,
      });
    const statuses = (await Promise.all([create("CI"), create("CI")])).map((r) => r.statusCode);
    expect(statuses.sort()).toEqual([201, 409]);
    const again = expectError(await create(" ci "), 409, "token_name_taken");
    expect(again.message).toContain("CI");
    expect(again.fields?.[0]?.path).toBe("name");
    const listed = async () =>
      (await owner.client.get(`/api/v1/tokens?orgId=${org.id}`)).json<{ tokens: TokenBody[] }>()
        .tokens;
    const [first] = await listed();
    expect((await listed()).map((token) => token.name)).toEqual(["CI"]);
    expect(
      Number(
        (
          await t.deps.db
            .selectFrom("api_tokens")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(1);
    // Another name is another token; another organisation may use the same name.
    expect((await create("Deploy")).statusCode).toBe(201);
    const other = await createOrg(owner, "client", "Acme Labs");
    const elsewhere = await owner.client.post("/api/v1/tokens", {
      orgId: other.id,
      name: "CI",
      scopes: ["engagements:read"],
    });
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    // Revoked, or expired, a token frees its name.
    expect((await owner.client.delete(`/api/v1/tokens/${first!.id}`)).statusCode).toBe(200);
    expect((await create("CI", { expiresInDays: 1 })).statusCode).toBe(201);
    t.clock.advance(DAY_MS + 1);
    expect((await create("CI")).statusCode).toBe(201);
  });

  it("an expired token is refused", async () => {
    const { token } = await createToken(owner, org.id, ["engagements:read"], { expiresInDays: 1 });
    expect((await bearer(token, "GET", "/api/v1/engagements")).statusCode).toBe(200);

    t.clock.advance(DAY_MS + 1);

    expectError(await bearer(token, "GET", "/api/v1/engagements"), 401, "unauthenticated");
  });

  it("the tokens of an owner who leaves the organisation are revoked, and stay so if they come back", async () => {
    const mia = await signUpPerson(t.app, "Mia");
    await addMember(t, owner, org, mia, "owner");
    const { id, token } = await createToken(mia, org.id, ["orgs:read"]);
    expect((await bearer(token, "GET", `/api/v1/orgs/${org.id}`)).statusCode).toBe(200);

    const removed = await owner.client.delete(`/api/v1/orgs/${org.id}/members/${mia.userId}`);
    expect(removed.statusCode, removed.body).toBe(200);

    // Listed as working until now, and working again once she was invited back (as a viewer,
    // with what a viewer reads): the owner who removed her had no reason to look for it.
    const listed = await owner.client.get(`/api/v1/tokens?orgId=${org.id}`);
    expect(listed.json<{ tokens: TokenBody[] }>().tokens.map((x) => x.id)).not.toContain(id);
    await addMember(t, owner, org, mia, "viewer");
    expectError(await bearer(token, "GET", `/api/v1/orgs/${org.id}`), 401, "unauthenticated");
    const audits = await t.deps.db
      .selectFrom("audit_events")
      .select("actor_user_id")
      .where("action", "=", "token.revoked")
      .where("subject", "=", id)
      .execute();
    expect(audits).toEqual([{ actor_user_id: owner.userId }]);
  });

  it("an unknown bearer token is refused without falling back to a cookie", async () => {
    const response = await owner.client.request("GET", "/api/v1/me", undefined, {
      authorization: "Bearer accord_not-a-real-token",
    });

    expectError(response, 401, "unauthenticated");
  });

  it("a token cannot create tokens, list them or change the profile", async () => {
    const { token } = await createToken(owner, org.id, [
      "engagements:read",
      "engagements:write",
      "orgs:read",
      "orgs:write",
    ]);

    const mint = await bearer(token, "POST", "/api/v1/tokens", {
      orgId: org.id,
      name: "Minted by a token",
      scopes: ["orgs:write"],
    });
    const list = await bearer(token, "GET", `/api/v1/tokens?orgId=${org.id}`);
    const rename = await bearer(token, "PATCH", "/api/v1/me", { name: "Renamed by a token" });

    // No scope lets a token do these, so the message names none (it used to say "the scope
    // session", which no token can be given).
    for (const refused of [mint, list, rename]) {
      expect(expectError(refused, 403, "token_scope_missing").message).toBe(
        "Only a signed-in person can do this, not an API token: sign in to do it.",
      );
    }
    expect((await owner.client.get("/api/v1/me")).json()).toMatchObject({
      user: { name: "Olivia" },
    });
    const tokens = await owner.client.get(`/api/v1/tokens?orgId=${org.id}`);
    expect(tokens.json<{ tokens: TokenBody[] }>().tokens).toHaveLength(1);
  });

  it("a bearer write needs no CSRF token", async () => {
    const { token } = await createToken(owner, org.id, ["engagements:write"]);

    const response = await bearer(token, "POST", "/api/v1/engagements", {
      orgId: org.id,
      title: "From CI",
      counterpartEmail: "partner@example.test",
    });

    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ title: "From CI", status: "pending" });
  });

  it("a token never acts above its creator's current role", async () => {
    const { token } = await createToken(owner, org.id, ["engagements:write", "orgs:write"]);
    const olga = await signUpPerson(t.app, "Olga");
    await addMember(t, owner, org, olga, "owner");
    await olga.client.patch(`/api/v1/orgs/${org.id}/members/${owner.userId}`, { role: "viewer" });

    const response = await bearer(token, "POST", "/api/v1/engagements", {
      orgId: org.id,
      title: "From CI",
      counterpartEmail: "partner@example.test",
    });

    expectError(response, 403, "forbidden");
  });

  it("a token stops working when its creator leaves the organisation", async () => {
    const { token } = await createToken(owner, org.id, ["engagements:read"]);
    const olga = await signUpPerson(t.app, "Olga");
    await addMember(t, owner, org, olga, "owner");
    expect(
      (await owner.client.delete(`/api/v1/orgs/${org.id}/members/${owner.userId}`)).statusCode,
    ).toBe(200);

    expectError(await bearer(token, "GET", "/api/v1/engagements"), 401, "unauthenticated");
  });

  it("only an owner creates tokens", async () => {
    const mia = await signUpPerson(t.app, "Mia");
    await addMember(t, owner, org, mia, "member");

    const response = await mia.client.post("/api/v1/tokens", {
      orgId: org.id,
      name: "Mine",
      scopes: ["engagements:read"],
    });

    expectError(response, 403, "forbidden");
  });

  it("refuses an unknown scope, naming it", async () => {
    const response = await owner.client.post("/api/v1/tokens", {
      orgId: org.id,
      name: "CI",
      scopes: ["engagements:read", "admin"],
    });

    const error = expectError(response, 400, "validation_failed");
    expect(error.fields?.map((f) => f.path)).toEqual(["scopes.1"]);
  });
});
