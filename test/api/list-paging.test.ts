import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/server/db/schema";
import { DIALECTS } from "../support/databases";
import { setPlatformRole } from "../../src/server/modules/auth/users.repository";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../support/test-app";
import { expectError } from "./api-fixtures";
import type { DeliveryWorld } from "./delivery/delivery-fixtures";
import {
  bodyOf,
  draftBrief,
  joinAs,
  mustHaveOf,
  proposalTerms,
  publishBrief,
} from "./proposals-agreements/proposal-fixtures";
import { buildReviewWorld, signUpModerator, writeReview } from "./reviews/review-fixtures";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows each list gets more of than one page holds, most of them made at one instant. */
const ROWS = 7;
const LIMIT = 3;

interface Page {
  nextCursor: string | null;
  [key: string]: unknown;
}

/**
 * Every list pages the one way: `limit` then `cursor` from the page before, in a keyset order
 * with the row's id breaking ties, so walking every page of a list whose rows share their time
 * sees each row exactly once, in the order one big page lists them; a bad `cursor` or `limit`
 * is a localised 400. Rows are made at one instant of the test clock, so they tie.
 */
describe.each(DIALECTS)("every list pages the one way on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  /** Each side's owner, and a French owner beside them. */
  let client: [Person, Person];
  let provider: [Person, Person];
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    w = await buildReviewWorld(t);
    client = [w.client, await joinAs(t, w.client, w.clientOrg, "Claire", "owner", "fr")];
    provider = [w.provider, await joinAs(t, w.provider, w.providerOrg, "Pierre", "owner", "fr")];
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every page of the list at `limit`, checked against one page holding all of it. */
  async function walkEveryPage(
    as: Person,
    url: string,
    key: string,
    idOf = (row: Row) => row.id,
    isNewestPageFirst = false,
  ) {
    const join = url.includes("?") ? "&" : "?";
    const whole = bodyOf<Page>(await as.client.get(`${url}${join}limit=200`));
    expect(whole.nextCursor).toBeNull();
    const expected = (whole[key] as Row[]).map(idOf);
    expect(expected.length, `${url} lists more than a page`).toBeGreaterThan(LIMIT);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const page = bodyOf<Page>(await as.client.get(`${url}${join}limit=${LIMIT}${after}`));
      const rows = page[key] as Row[];
      expect(rows.length).toBeLessThanOrEqual(LIMIT);
      // A thread's pages reach back in time, each oldest first.
      if (isNewestPageFirst) seen.unshift(...rows.map(idOf));
      else seen.push(...rows.map(idOf));
      cursor = page.nextCursor;
      pages += 1;
      expect(pages, `${url} ends`).toBeLessThan(100);
    } while (cursor);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen).size, `${url}: a row listed twice`).toBe(seen.length);
    expect(seen, url).toEqual(expected);
    return whole[key] as Row[];
  }

  /**
   * A cursor that is not one, and a limit out of bounds: 400 on that field, in the reader's
   * language (an English reader and a French one who may read the same list).
   */
  async function expectBadPagesRefused([en, fr]: [Person, Person], url: string) {
    const join = url.includes("?") ? "&" : "?";
    for (const [query, field] of [
      ["cursor=not-a-cursor", "cursor"],
      [`cursor=${Buffer.from('["a"]').toString("base64url")}`, "cursor"],
      // A forged cursor whose key holds a NUL: the database would refuse it as a bound value.
      [`cursor=${Buffer.from(JSON.stringify(["\u0000", "x"])).toString("base64url")}`, "cursor"],
      ["limit=0", "limit"],
      ["limit=201", "limit"],
    ] as const) {
      const said = expectError(
        await en.client.get(`${url}${join}${query}`),
        400,
        "validation_failed",
      );
      expect(said.fields?.map((f) => f.path)).toEqual([field]);
      const dit = expectError(
        await fr.client.get(`${url}${join}${query}`),
        400,
        "validation_failed",
      );
      expect(dit.fields?.map((f) => f.path)).toEqual([field]);
      expect(dit.message).not.toBe(said.message);
      expect(dit.fields?.[0]?.message).not.toBe(said.fields?.[0]?.message);
    }
  }

  /** At least two neighbours in the listed order share the time the list orders by. */
  function expectTies(rows: Row[], field = "createdAt") {
    const times = rows.map((row) => row[field]);
    expect(times.some((time, i) => i > 0 && time === times[i - 1])).toBe(true);
  }

  it("messages of a thread, and the notifications and webhook deliveries they cause", async () => {
    const hook = bodyOf<{ id: string }>(
      await w.client.client.post(`/api/v1/orgs/${w.clientOrg.id}/webhooks`, {
        url: "http://127.0.0.1:9/accord",
      }),
      201,
    );
    let message: { id: string } | undefined;
    for (let i = 0; i < ROWS; i++) {
      message = bodyOf(
        await w.provider.client.post(w.url("/messages"), {
          thread: "engagement",
          body: `Progress note ${i}`,
        }),
        201,
      );
    }
    const db = t.deps.db;
    await copyRow(db, "messages", { id: message!.id });
    await copyRow(db, "webhook_deliveries", { endpoint_id: hook.id });
    const told = await db
      .selectFrom("org_notifications")
      .select("event_id")
      .where("org_id", "=", w.clientOrg.id)
      .where("type", "=", "message.posted")
      .executeTakeFirstOrThrow();
    await copyRow(
      db,
      "org_notifications",
      { org_id: w.clientOrg.id, event_id: told.event_id },
      "event_id",
    );
    const messagesUrl = w.url("/messages?thread=engagement");
    expectTies(await walkEveryPage(w.client, messagesUrl, "messages", (row) => row.id, true));
    await expectBadPagesRefused(client, messagesUrl);

    expectTies(await walkEveryPage(w.client, "/api/v1/notifications", "notifications"));
    await expectBadPagesRefused(client, "/api/v1/notifications");

    const deliveriesUrl = `/api/v1/orgs/${w.clientOrg.id}/webhooks/${hook.id}/deliveries`;
    expectTies(await walkEveryPage(w.client, deliveriesUrl, "deliveries"));
    await expectBadPagesRefused(client, deliveriesUrl);
  });

  it("briefs, both a client's own and those open to a provider, invited first", async () => {
    let draft: { id: string } | undefined;
    for (let i = 0; i < ROWS; i++) draft = await draftBrief(w.client, w.clientOrg.id);
    await copyRow(t.deps.db, "briefs", { id: draft!.id });
    const own = `/api/v1/briefs?orgId=${w.clientOrg.id}`;
    expectTies(await walkEveryPage(w.client, own, "briefs"));
    await expectBadPagesRefused(client, own);

    const published = [];
    for (let i = 0; i < ROWS; i++) published.push(await publishBrief(w.client, w.clientOrg.id));
    // Two of them invite the provider: they come first, so pages cross from invited to not.
    await t.deps.db
      .insertInto("brief_shortlist")
      .values(
        [published[1]!, published[4]!].map((brief) => ({
          brief_id: brief.id,
          provider_org_id: w.providerOrg.id,
          is_invited: 1,
          created_at: t.clock.now().toISOString(),
        })),
      )
      .execute();
    await copyRow(t.deps.db, "briefs", { id: published[6]!.id });
    const open = `/api/v1/briefs?orgId=${w.providerOrg.id}`;
    const listed = await walkEveryPage(w.provider, open, "briefs");
    expect(listed.slice(0, 2).map((b) => b.id)).toEqual(
      [published[4]!.id, published[1]!.id].sort().reverse(),
    );
    await expectBadPagesRefused(provider, open);
    // A cursor of the client's list (no ordering named) is not one of the provider's.
    const clientPage = bodyOf<Page>(await w.client.client.get(`${own}&limit=1`));
    expectError(
      await w.provider.client.get(`${open}&cursor=${clientPage.nextCursor!}`),
      400,
      "validation_failed",
    );

    for (const brief of published) {
      bodyOf(
        await w.provider.client.post(`/api/v1/briefs/${brief.id}/proposals`, {
          orgId: w.providerOrg.id,
          terms: proposalTerms(mustHaveOf(brief)),
        }),
        201,
      );
    }
    await copyRow(t.deps.db, "proposals", { brief_id: published[0]!.id });
    const proposals = `/api/v1/proposals?orgId=${w.providerOrg.id}`;
    expectTies(await walkEveryPage(w.provider, proposals, "proposals"));
    await expectBadPagesRefused(provider, proposals);
    await expectBadPagesRefused(provider, `/api/v1/briefs/${published[0]!.id}/proposals`);
    // A bad cursor on a brief the reader may not see says nothing about the brief.
    const stranger = await signUpPerson(t.app, "Stella");
    expectError(
      await stranger.client.get(`/api/v1/briefs/${draft!.id}/proposals?cursor=not-a-cursor`),
      404,
      "not_found",
    );
  });

  it("change requests and invoices of an engagement", async () => {
    for (let i = 0; i < ROWS; i++) {
      bodyOf(
        await w.client.client.post(w.url("/change-requests"), {
          title: `Gift cards ${i}`,
          reason: "Sell gift cards for the holidays",
          deliverableIds: ["d1"],
        }),
        201,
      );
    }
    const changes = w.url("/change-requests");
    const listed = await walkEveryPage(w.client, changes, "changeRequests");
    expect(listed.map((c) => c.number)).toEqual(
      [...listed.map((c) => c.number as number)].sort((a, b) => b - a),
    );
    await expectBadPagesRefused(client, changes);
    // A cursor whose key is not a change request's number is not one of this list.
    const notANumber = Buffer.from(JSON.stringify(["soon", "x"])).toString("base64url");
    expectError(
      await w.client.client.get(`${changes}?cursor=${notANumber}`),
      400,
      "validation_failed",
    );

    for (let i = 0; i < ROWS; i++) {
      // A manual invoice of the same lines is drafted once: each asks for another hour.
      const lines = [
        { description: `Extra hour ${i}`, quantityMilli: 1000, unitPriceMinor: 10_000 },
      ];
      bodyOf(
        await w.provider.client.post(w.url("/invoices"), { source: { kind: "manual" }, lines }),
        201,
      );
    }
    await copyRow(t.deps.db, "invoices", { engagement_id: w.engagementId });
    const invoices = w.url("/invoices");
    expectTies(await walkEveryPage(w.provider, invoices, "invoices"));
    await expectBadPagesRefused(provider, invoices);
    // The client sees none of the drafts, on any page.
    expect(bodyOf<Page>(await w.client.client.get(`${invoices}?limit=1`))).toEqual({
      invoices: [],
      nextCursor: null,
    });
  });

  it("an engagement's events: the newest first, or forward from a seq, each page in seq order", async () => {
    // Enough events for several pages (the world's own and a message's each).
    for (let i = 0; i < ROWS; i++) {
      bodyOf(
        await w.provider.client.post(w.url("/messages"), {
          thread: "engagement",
          body: `Timeline note ${i}`,
        }),
        201,
      );
    }
    const events = w.url("/events");
    const listed = await walkEveryPage(w.client, events, "events", (row) => row.id, true);
    const seqs = listed.map((event) => event.seq as number);
    expect(seqs).toEqual(seqs.map((_, index) => index + 1));
    // The first page is the newest `limit`, in seq order; the default page holds 50.
    const newest = bodyOf<Page>(await w.client.client.get(`${events}?limit=${LIMIT}`));
    expect((newest.events as Row[]).map((event) => event.seq)).toEqual(seqs.slice(-LIMIT));
    const byDefault = bodyOf<Page>(await w.client.client.get(events));
    expect((byDefault.events as Row[]).map((event) => event.seq)).toEqual(seqs.slice(-50));
    expect(byDefault.nextCursor === null).toBe(seqs.length <= 50);
    await expectBadPagesRefused(client, events);

    // Forward from the start, and from a seq: the whole ledger in order, or what came after.
    expect(
      (await walkEveryPage(w.client, `${events}?after=0`, "events")).map((e) => e.seq),
    ).toEqual(seqs);
    expect(
      (await walkEveryPage(w.client, `${events}?after=2`, "events")).map((e) => e.seq),
    ).toEqual(seqs.slice(2));
    await expectBadPagesRefused(client, `${events}?after=0`);
    const end = bodyOf<Page>(await w.client.client.get(`${events}?after=${seqs.length}`));
    expect(end).toEqual({ events: [], nextCursor: null });

    // A cursor goes on the way it was answered: one of the newest pages is not one forward,
    // nor the other way round, nor one of another list; `after` is a whole seq from 0.
    const backward = newest.nextCursor!;
    const forward = bodyOf<Page>(
      await w.client.client.get(`${events}?after=0&limit=1`),
    ).nextCursor!;
    const otherList = bodyOf<Page>(
      await w.client.client.get(`${w.url("/messages?thread=engagement")}&limit=1`),
    ).nextCursor!;
    for (const query of [
      `after=0&cursor=${backward}`,
      `cursor=${forward}`,
      `cursor=${otherList}`,
      `cursor=${Buffer.from(JSON.stringify(["-1", "x", "earlier"])).toString("base64url")}`,
    ]) {
      const said = expectError(
        await w.client.client.get(`${events}?${query}`),
        400,
        "validation_failed",
      );
      expect(
        said.fields?.map((f) => f.path),
        query,
      ).toEqual(["cursor"]);
    }
    for (const after of ["-1", "1.5", "soon", "", "%20"]) {
      const said = expectError(
        await client[1].client.get(`${events}?after=${after}`),
        400,
        "validation_failed",
      );
      expect(
        said.fields?.map((f) => f.path),
        after,
      ).toEqual(["after"]);
    }
    // A bad page of an engagement the reader may not see says nothing about it.
    const stranger = await signUpPerson(t.app, "Sven");
    expectError(await stranger.client.get(`${events}?cursor=not-a-cursor`), 404, "not_found");
  });

  it("the moderators' closer-look list", async () => {
    bodyOf(
      await w.provider.client.post(w.url("/disputes"), {
        subject: { kind: "conduct", ref: null },
        statement: "The invoice for the checkout is still unpaid.",
        wants: "Payment of the agreed amount.",
      }),
      201,
    );
    t.clock.advance(2 * DAY_MS);
    bodyOf(await writeReview(w, w.client), 201);
    // More reviews written at that same instant after the dispute: copies in rounds of their own.
    await copyReview(t.deps.db, w.engagementId, ROWS - 1);
    const mona = await signUpModerator(t, "Mona");
    const monique = await signUpPerson(t.app, "Monique", "fr");
    await setPlatformRole(t.deps.db, monique.userId, "moderator");
    const listed = await walkEveryPage(
      mona,
      "/api/v1/moderation/closer-look",
      "reviews",
      (row) => row.reviewId as string,
    );
    expect(listed).toHaveLength(ROWS);
    expectTies(listed, "submittedAt");
    await expectBadPagesRefused([mona, monique], "/api/v1/moderation/closer-look");
  });
});

type Row = { id: string } & Record<string, unknown>;

/** Copies of the engagement's one review, each in a copy of its round, written at the same instant. */
async function copyReview(db: Kysely<Database>, engagementId: string, copies: number) {
  const review = await db
    .selectFrom("reviews")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .executeTakeFirstOrThrow();
  const round = await db
    .selectFrom("review_rounds")
    .selectAll()
    .where("id", "=", review.round_id)
    .executeTakeFirstOrThrow();
  for (let i = 0; i < copies; i++) {
    const roundId = randomUUID();
    await db
      .insertInto("review_rounds")
      .values({ ...round, id: roundId, occasion_ref: `${round.occasion_ref}-copy-${i}` })
      .execute();
    await db
      .insertInto("reviews")
      .values({ ...review, id: randomUUID(), round_id: roundId })
      .execute();
  }
}

/**
 * Copies of a row at the same instant under random ids: the app's ids grow with time, so ties
 * among its own rows come out in id order even where a list forgets its tiebreak; these do not.
 */
async function copyRow(
  db: Kysely<Database>,
  table:
    "messages" | "org_notifications" | "webhook_deliveries" | "briefs" | "proposals" | "invoices",
  where: Record<string, string>,
  idColumn = "id",
  copies = 3,
) {
  const loose = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  let q = loose.selectFrom(table).selectAll();
  for (const [column, value] of Object.entries(where)) q = q.where(column, "=", value);
  const row = await q.executeTakeFirstOrThrow();
  for (let i = 0; i < copies; i++) {
    await loose
      .insertInto(table)
      .values({ ...row, [idColumn]: randomUUID() })
      .execute();
  }
}
