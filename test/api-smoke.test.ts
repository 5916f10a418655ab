import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildTestApp,
  invitationTokenFromMailbox,
  signUpPerson,
  type TestApp,
} from "./support/test-app";
import { DIALECTS } from "./support/databases";

describe.each(DIALECTS)("engagement path on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it("joins a client and a provider through an accepted invitation, with an intact ledger", async () => {
    const alice = await signUpPerson(t.app, "Alice");
    const org = (
      await alice.client.post("/api/v1/orgs", { name: "Acme", kind: "client" })
    ).json() as { id: string };
    const started = await alice.client.post("/api/v1/engagements", {
      orgId: org.id,
      title: "Website",
      counterpartEmail: "bob@example.test",
    });
    expect(started.statusCode, started.body).toBe(201);
    const engagementId = (started.json() as { id: string }).id;

    const bob = await signUpPerson(t.app, "Bob");
    const provider = (
      await bob.client.post("/api/v1/orgs", { name: "Studio", kind: "provider" })
    ).json() as { id: string };
    const token = await invitationTokenFromMailbox(t.deps, "bob@example.test");
    const accepted = await bob.client.post(`/api/v1/invitations/${token}/accept`, {
      orgId: provider.id,
    });
    expect(accepted.statusCode).toBe(200);

    const seen = (await bob.client.get(`/api/v1/engagements/${engagementId}`)).json() as {
      status: string;
      mySide: string;
    };
    expect(seen).toMatchObject({ status: "active", mySide: "provider" });
    const verdict = (
      await alice.client.get(`/api/v1/engagements/${engagementId}/ledger/verify`)
    ).json() as { isIntact: boolean; eventCount: number };
    expect(verdict).toMatchObject({ isIntact: true, eventCount: 2 });
  });
});
