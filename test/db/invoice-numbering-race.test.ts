import { afterEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../support/databases";
import { buildTestApp, type TestApp } from "../support/test-app";
import { signByBoth, type DeliveryWorld } from "../api/delivery/delivery-fixtures";
import {
  bodyOf,
  buildProposalWorld,
  submittedProposal,
  type ProposalBody,
} from "../api/proposals-agreements/proposal-fixtures";
import type { InvoiceBody } from "../api/billing/billing-fixtures";

/** Several signed engagements between the same client and the same provider. */
async function engagementsOfOneProvider(t: TestApp, count: number): Promise<DeliveryWorld[]> {
  const base = await buildProposalWorld(t);
  const worlds: DeliveryWorld[] = [];
  for (let i = 0; i < count; i++) {
    const submitted = await submittedProposal(base);
    const proposal = bodyOf<ProposalBody>(
      await base.client.client.post(`/api/v1/proposals/${submitted.id}/accept`, {
        keepBriefOpen: true,
      }),
    );
    const engagementId = proposal.engagementId ?? "";
    const w: DeliveryWorld = {
      ...base,
      proposal,
      engagementId,
      url: (path = "") => `/api/v1/engagements/${engagementId}${path}`,
    };
    await signByBoth(w, 1);
    worlds.push(w);
  }
  return worlds;
}

const manual = (n: number) => ({
  source: { kind: "manual" },
  lines: [{ description: `Work package ${n}`, quantityMilli: 1000, unitPriceMinor: 10_000 + n }],
});

describe.each(DIALECTS)("invoice numbers under concurrent issuing on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it("gives 20 drafts issued at once across engagements exactly the numbers 1 to 20", async () => {
    const app = await buildTestApp(dialect);
    t = app;
    const worlds = await engagementsOfOneProvider(app, 4);
    const drafts: { w: DeliveryWorld; id: string }[] = [];
    for (let n = 0; n < 20; n++) {
      const w = worlds[n % worlds.length]!;
      const draft = bodyOf<InvoiceBody>(
        await w.provider.client.post(w.url("/invoices"), manual(n)),
        201,
      );
      drafts.push({ w, id: draft.id });
    }
    // On PostgreSQL these run in parallel transactions, meeting only at the sequence row.
    const answers = await Promise.all(
      drafts.map(({ w, id }) => w.provider.client.post(w.url(`/invoices/${id}/issue`), {})),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(drafts.map(() => 200));
    const numbers = answers.map((a) => a.json<InvoiceBody>().number ?? "");
    const sequences = numbers.map((n) => Number(n.split("-").at(-1))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(numbers).size).toBe(20);

    const stored = await app.deps.db
      .selectFrom("invoice_sequences")
      .select(["kind", "last_number"])
      .execute();
    expect(stored.map((s) => [s.kind, Number(s.last_number)])).toEqual([["invoice", 20]]);
  });

  it("gives back the number of an issue that fails, so no number is skipped", async () => {
    const app = await buildTestApp(dialect);
    t = app;
    const [w] = await engagementsOfOneProvider(app, 1);
    if (!w) throw new Error("no engagement");
    const ids: string[] = [];
    for (let n = 0; n < 6; n++) {
      ids.push(
        bodyOf<InvoiceBody>(await w.provider.client.post(w.url("/invoices"), manual(n)), 201).id,
      );
    }
    const answers = await Promise.all(
      ids.map((id, n) =>
        w.provider.client.post(
          w.url(`/invoices/${id}/issue`),
          // Every other one asks for a day in the future and is refused after taking a number.
          n % 2 === 0 ? {} : { issueDate: "2099-01-01" },
        ),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 422, 200, 422, 200, 422]);
    const sequences = answers
      .filter((a) => a.statusCode === 200)
      .map((a) => Number(a.json<InvoiceBody>().number?.split("-").at(-1)))
      .sort((a, b) => a - b);
    expect(sequences).toEqual([1, 2, 3]);
  });
});
