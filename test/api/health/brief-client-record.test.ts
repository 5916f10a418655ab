import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { signUpPerson, type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { createOrg } from "../api-fixtures";
import {
  bodyOf,
  buildProposalWorld,
  type ProposalWorld,
} from "../proposals-agreements/proposal-fixtures";

interface ClientRecordBody {
  orgId: string;
  paymentRecord: { scope: string; role: string; currencies: unknown[] };
  score: { side: string; score: number | null; isNew: boolean } | null;
}

/** Where providers decide: a published brief's client, its payment record and its score. */
describe.each(DIALECTS)("a brief's client record on %s", (dialect) => {
  let t: TestApp;
  let w: ProposalWorld;
  // Each test starts from a copy of one world built once per dialect.
  const world = worldCopies(dialect, (built) => buildProposalWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const path = () => `/api/v1/briefs/${w.brief.id}/client-record`;

  it("shows a provider the client's payment record, and no score while the client is new", async () => {
    const record = bodyOf<ClientRecordBody>(await w.provider.client.get(path()));
    expect(record.orgId).toBe(w.clientOrg.id);
    expect(record.paymentRecord).toMatchObject({ scope: "organisation", role: "payer" });
    expect(record.paymentRecord.currencies).toEqual([]);
    // No engagement yet: either nothing scored, or "new" with the value withheld.
    expect(record.score === null || (record.score.isNew && record.score.score === null)).toBe(true);
  });

  it("is not found for another client organisation, which cannot read the brief", async () => {
    const other = await signUpPerson(t.app, "Olga");
    await createOrg(other, "client");
    expect((await other.client.get(path())).statusCode).toBe(404);
  });
});
