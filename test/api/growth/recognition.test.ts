import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { expectError, type LedgerEventBody } from "../api-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";
import { buildGrowthWorld, setConversionGoal, type GrowthWorld } from "./growth-fixtures";

interface RecognitionBody {
  id: string;
  kind: string;
  fromSide: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  reason: string | null;
  subject: { kind: string; id: string; title: string } | null;
  people: string[];
  text: string;
  status: string;
  canAnswer: boolean;
}

interface PublicBody {
  recognitions: { id: string; kind: string; text: string; subjectTitle: string | null }[];
  signal: { count: number; points: number; maxPoints: number };
}

const DRAFT = "Working with them lifted our conversion from 1.8% to 2.6% in three months";
const APPROVED = "Working with them lifted our conversion to 2.6% in three months";

describe.each(DIALECTS)("recognition beyond money on %s", (dialect) => {
  let t: TestApp;
  let w: GrowthWorld;
  // Each test starts from a copy of one world built once per dialect.
  const world = worldCopies(dialect, (built) => buildGrowthWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const publicOf = (orgId: string, as = w.outsider) =>
    as.client.get(`/api/v1/orgs/${orgId}/recognitions`).then((r) => bodyOf<PublicBody>(r));
  const answer = (id: string, body: unknown, as = w.client) =>
    as.client.post(w.url(`/recognitions/${id}/answer`), body);
  const events = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(await w.client.client.get(w.url("/events"))).events;

  it("publishes kudos on the provider's profile only once the provider consents", async () => {
    const goal = await setConversionGoal(w);
    const kudos = bodyOf<RecognitionBody>(
      await w.client.client.post(w.url("/recognitions"), {
        kind: "kudos",
        subject: { kind: "goal", id: goal.id },
        people: ["Ana", "Bruno"],
        text: "The checkout redesign moved conversion",
      }),
      201,
    );
    expect(kudos).toMatchObject({
      fromSide: "client",
      status: "awaiting_consent",
      subject: { kind: "goal", id: goal.id, title: "Conversion" },
      people: ["Ana", "Bruno"],
      canAnswer: false,
    });
    expect(kudos.to.id).toBe(w.providerOrg.id);
    expect((await publicOf(w.providerOrg.id)).recognitions).toEqual([]);

    // The giver cannot consent for the recognised side.
    expectError(await answer(kudos.id, { isApproved: true }), 403, "recognition_wrong_side");
    const listed = bodyOf<{ recognitions: RecognitionBody[] }>(
      await w.provider.client.get(w.url("/recognitions")),
    );
    expect(listed.recognitions[0]?.canAnswer).toBe(true);
    const published = bodyOf<RecognitionBody>(
      await answer(kudos.id, { isApproved: true }, w.provider),
    );
    expect(published.status).toBe("published");
    // The giver is told it was published, in the app (and by e-mail, per its settings).
    const toClient = bodyOf<{ notifications: { type: string; payload: { step?: string } }[] }>(
      await w.client.client.get("/api/v1/notifications"),
    ).notifications.filter((n) => n.type === "recognition.answered");
    expect(toClient.map((n) => n.payload.step)).toEqual(["consent_granted"]);
    const declinedLate = expectError(
      await answer(kudos.id, { isApproved: false }, w.provider),
      409,
      "recognition_wrong_state",
    );
    expect(declinedLate.message).toBe(
      "This recognition was already published, so it cannot be declined.",
    );
    const shown = await publicOf(w.providerOrg.id);
    expect(shown.recognitions).toMatchObject([
      { id: kudos.id, kind: "kudos", subjectTitle: "Conversion" },
    ]);
    expect(shown.signal).toEqual({ count: 1, points: 1, maxPoints: 3 });
    expect((await events()).map((e) => e.type)).toEqual(
      expect.arrayContaining(["recognition.given", "recognition.answered"]),
    );
  });

  it("shows a testimonial's text only after the client approves it, in the words it approved", async () => {
    const asked = bodyOf<RecognitionBody>(
      await w.provider.client.post(w.url("/recognition-requests"), {
        kind: "testimonial",
        text: DRAFT,
      }),
      201,
    );
    expect(asked).toMatchObject({
      fromSide: "client",
      status: "awaiting_text_approval",
      canAnswer: false,
    });
    expect(asked.to.id).toBe(w.providerOrg.id);
    const told = await t.deps.db
      .selectFrom("notifications")
      .select("user_id")
      .where("type", "=", "recognition.requested")
      .execute();
    expect(told.map((n) => n.user_id)).toContain(w.client.userId);

    const before = await publicOf(w.providerOrg.id);
    expect(JSON.stringify(before)).not.toContain("conversion");
    expectError(
      await answer(asked.id, { isApproved: true }, w.provider),
      403,
      "recognition_wrong_side",
    );
    expectError(await answer(asked.id, { isApproved: true }, w.viewer), 403, "forbidden");

    const approved = bodyOf<RecognitionBody>(
      await answer(asked.id, { isApproved: true, text: APPROVED }),
    );
    expect(approved).toMatchObject({ status: "published", text: APPROVED });
    const after = await publicOf(w.providerOrg.id);
    expect(after.recognitions.map((r) => r.text)).toEqual([APPROVED]);
    expect(JSON.stringify(after)).not.toContain(DRAFT);
  });

  it("keeps a declined testimonial and a declined recognition off every profile", async () => {
    const asked = bodyOf<RecognitionBody>(
      await w.provider.client.post(w.url("/recognition-requests"), {
        kind: "case_study",
        text: DRAFT,
      }),
      201,
    );
    expect(bodyOf<RecognitionBody>(await answer(asked.id, { isApproved: false })).status).toBe(
      "declined",
    );
    // The provider recognises the client's fast feedback; the client declines to show it.
    const thanks = bodyOf<RecognitionBody>(
      await w.provider.client.post(w.url("/recognitions"), {
        kind: "kudos",
        reason: "fast_feedback",
        text: "Every round was evaluated within a day",
      }),
      201,
    );
    expect(thanks).toMatchObject({ fromSide: "provider", reason: "fast_feedback" });
    expect(thanks.to.id).toBe(w.clientOrg.id);
    expect(bodyOf<RecognitionBody>(await answer(thanks.id, { isApproved: false })).status).toBe(
      "declined",
    );
    expect((await publicOf(w.providerOrg.id)).recognitions).toEqual([]);
    expect(await publicOf(w.clientOrg.id)).toMatchObject({
      recognitions: [],
      signal: { count: 0, points: 0 },
    });
    const steps = (await events())
      .filter((e) => e.type === "recognition.answered")
      .map((e) => e.payload.step);
    expect(steps).toEqual(["text_declined", "consent_declined"]);
  });

  it("takes a recognition off every profile once the side whose consent published it withdraws that consent", async () => {
    const withdraw = (id: string, as = w.provider) =>
      as.client.post(w.url(`/recognitions/${id}/withdraw-consent`));
    const kudos = bodyOf<RecognitionBody>(
      await w.client.client.post(w.url("/recognitions"), {
        kind: "kudos",
        people: ["Ana"],
        text: "The checkout redesign moved conversion",
      }),
      201,
    );
    // Nothing to withdraw before consent, and only the side that consented withdraws it.
    expectError(await withdraw(kudos.id), 409, "recognition_wrong_state");
    bodyOf(await answer(kudos.id, { isApproved: true }, w.provider));
    expect((await publicOf(w.providerOrg.id)).signal.count).toBe(1);
    expectError(await withdraw(kudos.id, w.client), 403, "recognition_wrong_side");
    expectError(await withdraw(kudos.id, w.viewer), 403, "forbidden");
    expectError(await withdraw(kudos.id, w.outsider), 404, "not_found");

    const withdrawn = bodyOf<RecognitionBody>(await withdraw(kudos.id));
    expect(withdrawn).toMatchObject({ status: "declined", canAnswer: false });
    expect(await publicOf(w.providerOrg.id)).toMatchObject({
      recognitions: [],
      signal: { count: 0, points: 0 },
    });
    const colleague = await joinAs(t, w.provider, w.providerOrg, "Dewi", "owner", "id");
    const withdrawnTwice = expectError(
      await withdraw(kudos.id, colleague),
      409,
      "recognition_wrong_state",
    );
    expect(withdrawnTwice.message).toBe(
      "Apresiasi ini sudah ditolak atau ditarik, sehingga persetujuannya tidak dapat ditarik.",
    );

    // A testimonial rests on the words of the side that approved them: it withdraws too.
    const asked = bodyOf<RecognitionBody>(
      await w.provider.client.post(w.url("/recognition-requests"), {
        kind: "testimonial",
        text: DRAFT,
      }),
      201,
    );
    bodyOf(await answer(asked.id, { isApproved: true, text: APPROVED }));
    expect((await publicOf(w.providerOrg.id)).recognitions.map((r) => r.text)).toEqual([APPROVED]);
    bodyOf(await withdraw(asked.id, w.client));
    expect((await publicOf(w.providerOrg.id)).recognitions).toEqual([]);
    const steps = (await events())
      .filter((e) => e.type === "recognition.answered")
      .map((e) => e.payload.step);
    expect(steps).toEqual([
      "consent_granted",
      "consent_withdrawn",
      "text_approved",
      "consent_withdrawn",
    ]);
  });

  it("gives a side's recognition of a subject once: a second, at once or reworded, is refused by name and writes nothing", async () => {
    const goal = await setConversionGoal(w);
    const kudos = { kind: "kudos", subject: { kind: "goal", id: goal.id }, text: "Great work" };
    const give = (body: Record<string, unknown>, as = w.client) =>
      as.client.post(w.url("/recognitions"), body);
    // A double click on "recognise": two identical requests at once, one recognition.
    const answers = await Promise.all([give(kudos), give(kudos)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const eventsBefore = (await events()).length;
    const reworded = expectError(
      await give({ ...kudos, text: "Really great work" }),
      409,
      "recognition_already_given",
    );
    expect(reworded.message).toBe(
      "Your side already gave this recognition for “Conversion”: it waits for an answer or is shown already.",
    );
    // Without a subject, the same words are the same recognition.
    bodyOf(await give({ kind: "kudos", text: "Thank you" }), 201);
    const thanks = expectError(
      await give({ kind: "kudos", text: " thank YOU " }),
      409,
      "recognition_already_given",
    );
    expect(thanks.message).toBe(
      "Your side already gave this recognition: it waits for an answer or is shown already.",
    );
    // Asking twice for the same testimonial is one request too.
    const testimonial = { kind: "testimonial", text: DRAFT };
    bodyOf(await w.provider.client.post(w.url("/recognition-requests"), testimonial), 201);
    expectError(
      await w.provider.client.post(w.url("/recognition-requests"), testimonial),
      409,
      "recognition_already_given",
    );
    const listed = bodyOf<{ recognitions: RecognitionBody[] }>(
      await w.client.client.get(w.url("/recognitions")),
    ).recognitions;
    expect(listed).toHaveLength(3);
    expect((await events()).length).toBe(eventsBefore + 2);
    // Another kind, or the other side, for the same subject is another recognition.
    bodyOf(await give({ ...kudos, kind: "testimonial" }), 201);
    bodyOf(await give(kudos, w.provider), 201);
  });

  it("refuses what another engagement owns, and other organisations see nothing", async () => {
    expectError(
      await w.client.client.post(w.url("/recognitions"), {
        kind: "kudos",
        subject: { kind: "goal", id: "someone-elses-goal" },
        text: "Great",
      }),
      422,
      "recognition_subject_unknown",
    );
    expectError(
      await w.client.client.post(w.url("/recognitions"), { kind: "introduction", text: "Hi" }),
      400,
      "validation_failed",
    );
    const intro = bodyOf<RecognitionBody>(
      await w.client.client.post(w.url("/recognitions"), {
        kind: "introduction",
        text: "Our sister shop needs the same checkout",
        introducedOrg: "Boutique Lumière",
      }),
      201,
    );
    const outsider = w.outsider.client;
    expectError(await outsider.get(w.url("/recognitions")), 404, "not_found");
    expectError(
      await outsider.post(w.url("/recognitions"), { kind: "kudos", text: "Spam" }),
      404,
      "not_found",
    );
    expectError(await answer(intro.id, { isApproved: true }, w.outsider), 404, "not_found");
    expectError(
      await outsider.post(w.url("/recognition-requests"), { kind: "testimonial", text: "Fake" }),
      404,
      "not_found",
    );
    expectError(await answer("no-such-recognition", { isApproved: true }), 404, "not_found");
    expect((await publicOf(w.providerOrg.id)).recognitions).toEqual([]);
  });
});
