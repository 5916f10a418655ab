import { describe, expect, inject, it } from "vitest";
import { openDatabase } from "../../src/server/db/connect";
import { readTestClockOffset } from "../../src/server/platform/test-clock";
import { scratchDatabase, startAccordProcess, type AccordProcess } from "../support/accord-process";
import {
  call,
  checkDatabase,
  invoicingEngagement,
  logIn,
  type Acknowledged,
} from "./crash-under-load";
import { duplicateSweeps, SWEPT_ONCE_TYPES } from "./swept-once";

const MODERATOR = "moderator@accord.demo";
/**
 * Each round moves the shared test clock (deemed acceptance after the review window, reminders
 * around the due date, dispute windows of 5 and 10 business days, weekly check-ins, 60 quiet
 * days before a stagnation review); sessions last less than the whole, so each round logs in.
 */
const ROUNDS = ["4d", "10d", "20d", "30d", "30d"];
const DAY_SECONDS = 86_400;

describe("two Accord processes on one PostgreSQL", () => {
  it(
    "shares sessions, numbers invoices once, refuses a stale edit, and sweeps each due thing once",
    { timeout: 1_200_000 },
    async () => {
      const database = await scratchDatabase("postgres", inject("postgresUrl"));
      const processes: AccordProcess[] = [];
      try {
        // Both start at once on an empty database: one seeds the demo, both migrate.
        processes.push(
          ...(await Promise.all(
            [{ ACCORD_SEED_DEMO: "auto" }, { ACCORD_SEED_DEMO: "never" }].map((env) =>
              startAccordProcess(database, {
                ACCORD_TEST_CLOCK: "true",
                LOG_LEVEL: "warn",
                ...env,
              }),
            ),
          )),
        );
        for (const [n, accord] of processes.entries()) {
          await accord.waitForStatus("/readyz", 200).catch((error: unknown) => {
            throw new Error(`process ${"AB"[n]} never became ready`, { cause: error });
          });
        }
        const urls = processes.map((p) => p.url);
        /** The process the n-th request goes to: the clients alternate between the two. */
        const at = (n: number) => urls[n % 2] ?? "";

        // A session opened on A is honoured by B: sessions and CSRF secrets live in the database.
        const provider = await logIn(at(0));
        const engagementId = await invoicingEngagement(at(1), provider);
        const base = `/api/v1/engagements/${engagementId}`;

        const acked = await writeFromBoth(at, provider, base);
        await expectStaleEditRefused(at, provider, base);

        // A dispute nobody answers climbs the ladder as its windows pass.
        const dispute = await call(at(1), provider, "POST", `${base}/disputes`, {
          subject: { kind: "conduct", ref: null },
          statement: "Replies stopped for two weeks.",
          wants: "A reply within the agreed response times.",
        });
        expect(dispute.status, JSON.stringify(dispute.body)).toBe(201);
        await advanceFromBoth(at);

        const handle = openDatabase(database.url, { poolSize: 1 });
        try {
          const events = await handle.db
            .selectFrom("engagement_events")
            .select(["engagement_id", "type", "payload", "occurred_at"])
            .where("type", "in", SWEPT_ONCE_TYPES)
            .execute();
          const seen = new Set(events.map((e) => e.type));
          // Each kind of time-based work really fell due, so "once" is not "never".
          for (const type of [
            "deliverable.deemed_accepted",
            "invoice.reminder_sent",
            "dispute.escalated",
            "check_in.opened",
            "check_in.closed",
            "relationship_review.opened",
          ])
            expect(seen, `no ${type} event after the clock moved`).toContain(type);
          expect(duplicateSweeps(events)).toEqual([]);

          const mails = await handle.db
            .selectFrom("mail_outbox")
            .select(["to_address", "subject", "text_body"])
            .execute();
          const mailKeys = mails.map((m) => `${m.to_address} ${m.subject} ${m.text_body}`);
          const twice = mailKeys.filter((key, i) => mailKeys.indexOf(key) !== i);
          expect(twice, "a mail queued twice").toEqual([]);

          // Concurrent advances both count: the shared offset is their sum.
          const days = ROUNDS.reduce((sum, by) => sum + Number.parseInt(by, 10), 0);
          const extraMinutes = ROUNDS.length * 3;
          expect(await readTestClockOffset(handle.db)).toBe(days * DAY_SECONDS + extraMinutes * 60);
        } finally {
          await handle.close();
        }
        expect(await checkDatabase(database.url, acked)).toEqual([]);
      } catch (error) {
        // What the servers said is the first thing to read when this fails.
        for (const [n, p] of processes.entries())
          process.stderr.write(`--- process ${"AB"[n]} ---\n${p.output().slice(-20_000)}\n`);
        throw error;
      } finally {
        await Promise.all(processes.map((p) => p.kill("SIGKILL")));
        await database.drop();
      }
    },
  );
});

/** Messages and invoices written through both processes at once. */
async function writeFromBoth(
  at: (n: number) => string,
  session: Awaited<ReturnType<typeof logIn>>,
  base: string,
): Promise<Acknowledged> {
  const acked: Acknowledged = { messages: new Set(), invoiceNumbers: new Set(), refusals: [] };
  await Promise.all(
    Array.from({ length: 8 }, async (_, n) => {
      const message = await call(at(n), session, "POST", `${base}/messages`, {
        thread: "engagement",
        body: `from process ${n % 2 === 0 ? "A" : "B"}, ${n}`,
      });
      expect(message.status, JSON.stringify(message.body)).toBe(201);
      acked.messages.add(message.body.id as string);
      const draft = await call(at(n), session, "POST", `${base}/invoices`, {
        source: { kind: "manual" },
        lines: [{ description: `work ${n}`, quantityMilli: 1000, unitPriceMinor: 1000 }],
      });
      expect(draft.status, JSON.stringify(draft.body)).toBe(201);
      // Issued through the other process than the one that drafted it.
      const issued = await call(
        at(n + 1),
        session,
        "POST",
        `${base}/invoices/${String(draft.body.id)}/issue`,
        {},
      );
      expect(issued.status, JSON.stringify(issued.body)).toBe(200);
      acked.invoiceNumbers.add(issued.body.number as string);
    }),
  );
  expect(acked.invoiceNumbers.size, "an invoice number given twice").toBe(8);
  return acked;
}

/** Both processes edit one draft from the same copy at once: one wins, the other is told why. */
async function expectStaleEditRefused(
  at: (n: number) => string,
  session: Awaited<ReturnType<typeof logIn>>,
  base: string,
): Promise<void> {
  const amendment = await call(at(0), session, "POST", `${base}/agreement/amendments`);
  expect(amendment.status, JSON.stringify(amendment.body)).toBe(201);
  const terms = amendment.body.terms as { scope: string };
  const baseHash = amendment.body.contentHash as string;
  const edits = await Promise.all(
    [0, 1].map((n) =>
      call(at(n), session, "PUT", `${base}/agreement/draft`, {
        terms: { ...terms, scope: `${terms.scope} Edited through process ${n}.` },
        baseHash,
      }),
    ),
  );
  expect(edits.map((e) => e.status).sort()).toEqual([200, 409]);
  const refused = edits.find((e) => e.status === 409);
  expect(refused?.body.error).toMatchObject({
    code: "agreement_stale",
    message: expect.stringMatching(/\S/) as unknown,
  });
  const overview = await call(at(1), session, "GET", `${base}/agreement`);
  const winner = edits.findIndex((e) => e.status === 200);
  expect((overview.body.draft as { terms: { scope: string } }).terms.scope).toContain(
    `Edited through process ${winner}.`,
  );
}

/**
 * Moves the clock through each round from both processes at once: each advance answers after
 * its process swept, and a second pair of advances makes both sweep again past the round's
 * time, while their background sweepers (every 2 s under a test clock) race them.
 */
async function advanceFromBoth(at: (n: number) => string) {
  for (const [round, by] of ROUNDS.entries()) {
    for (const pair of [
      [by, "1m"],
      ["1m", "1m"],
    ]) {
      // Logged in again each time: a month of test time outlives a session.
      const moderator = await logIn(at(round), MODERATOR);
      const answers = await Promise.all(
        pair.map((step, n) =>
          call(at(n), moderator, "POST", "/api/v1/test-clock/advance", { by: step }),
        ),
      );
      for (const [n, answer] of answers.entries())
        expect(
          answer.status,
          `advance ${pair[n]} in round ${round + 1} on process ${"AB"[n]}: ${JSON.stringify(answer.body)}`,
        ).toBe(200);
    }
  }
}
