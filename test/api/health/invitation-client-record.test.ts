import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import {
  buildTestApp,
  invitationTokenFromMailbox,
  signUpPerson,
  type TestApp,
} from "../../support/test-app";
import { createOrg, uniqueEmail } from "../api-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface PreviewBody {
  kind: string;
  org: { id: string; kind: string };
  clientRecord: {
    orgId: string;
    name: string;
    paymentRecord: { scope: string; role: string; currencies: unknown[] };
    score: { isNew: boolean; score: number | null } | null;
  } | null;
}

/**
 * Where providers decide, the invitation too: a provider invited by e-mail into a client's
 * engagement reads the client's payment record and client score before it accepts, as it does
 * on a brief. A client invited by a provider, and a colleague invited into an organisation,
 * are shown none.
 */
describe.each(DIALECTS)("the client's record on an engagement invitation on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  async function invite(kind: "client" | "provider") {
    const owner = await signUpPerson(t.app, kind === "client" ? "Clara" : "Pavel");
    const org = await createOrg(owner, kind);
    const email = uniqueEmail("invited");
    bodyOf(
      await owner.client.post("/api/v1/engagements", {
        orgId: org.id,
        title: "Shop redesign",
        counterpartEmail: email,
      }),
      201,
    );
    const token = await invitationTokenFromMailbox(t.deps, email);
    return { org, token };
  }

  it("shows an invited provider the client's payment record and score, before it answers", async () => {
    const { org, token } = await invite("client");
    const provider = await signUpPerson(t.app, "Priya");
    const preview = bodyOf<PreviewBody>(await provider.client.get(`/api/v1/invitations/${token}`));
    expect(preview.kind).toBe("engagement");
    expect(preview.clientRecord).toMatchObject({
      orgId: org.id,
      name: org.name,
      paymentRecord: { scope: "organisation", role: "payer", currencies: [] },
    });
    // A new client: no score, or one withheld as "new".
    const score = preview.clientRecord?.score;
    expect(score === null || (score?.isNew === true && score.score === null)).toBe(true);
  });

  it("shows an invited client no record of the provider's as a payer, and a membership none", async () => {
    const { token } = await invite("provider");
    const client = await signUpPerson(t.app, "Carl");
    const preview = bodyOf<PreviewBody>(await client.client.get(`/api/v1/invitations/${token}`));
    expect(preview.clientRecord).toBeNull();
    const owner = await signUpPerson(t.app, "Olga");
    const org = await createOrg(owner, "client");
    const email = uniqueEmail("colleague");
    bodyOf(
      await owner.client.post(`/api/v1/orgs/${org.id}/invitations`, { email, role: "member" }),
      201,
    );
    const colleague = await invitationTokenFromMailbox(t.deps, email);
    const membership = bodyOf<PreviewBody>(
      await owner.client.get(`/api/v1/invitations/${colleague}`),
    );
    expect(membership.clientRecord).toBeNull();
  });
});
