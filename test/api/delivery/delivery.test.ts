import { readdir } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../../src/domain/delivery/file-policy";
import { acceptOverdueSubmissions } from "../../../src/server/modules/delivery/accept-overdue-submissions";
import { remindReviewsEnding } from "../../../src/server/modules/delivery/remind-reviews-ending";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { DAY_MS, expectError, type LedgerEventBody } from "../api-fixtures";
import { bodyOf, buildAgreementWorld, joinAs } from "../proposals-agreements/proposal-fixtures";
import {
  ALL_MET,
  buildDeliveryWorld,
  delivery,
  evaluate,
  ONE_UNMET,
  submit,
  upload,
  type DeliveryBody,
  type DeliveryWorld,
  type SubmissionBody,
} from "./delivery-fixtures";

describe.each(DIALECTS)("delivery and evaluation on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  // Each test starts from a copy of one world built once per dialect.
  const world = worldCopies(dialect, (built) => buildDeliveryWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const events = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(await w.client.client.get(w.url("/events"))).events;

  it("submits with a file, sends back on an unmet criterion, keeps the remark apart, and accepts the resubmission", async () => {
    const uploaded = bodyOf<{ files: SubmissionBody["files"] }>(
      await upload(w, w.provider, [{ name: "lighthouse-report.pdf", content: "%PDF-1.7 report" }]),
      201,
    );
    expect(uploaded.files[0]).toMatchObject({
      name: "lighthouse-report.pdf",
      mediaType: "application/pdf",
      sizeBytes: 15,
    });
    const first = bodyOf<SubmissionBody>(
      await submit(w, "d1", {
        links: ["https://staging.example.test"],
        fileIds: uploaded.files.map((f) => f.id),
      }),
      201,
    );
    expect(first).toMatchObject({ round: 1, status: "in_review", isDeemedAcceptanceAgreed: true });
    expect(first.reviewDueAt).toBe(new Date(t.clock.now().getTime() + 10 * DAY_MS).toISOString());
    expect(first.files.map((f) => f.name)).toEqual(["lighthouse-report.pdf"]);

    const download = await w.client.client.get(w.url(`/files/${uploaded.files[0]?.id}`));
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe("%PDF-1.7 report");
    expect(download.headers["content-disposition"]).toContain("attachment");
    expect(download.headers["content-type"]).toBe("application/pdf");

    const judged = bodyOf<SubmissionBody>(await evaluate(w, first.id, ONE_UNMET));
    expect(judged.status).toBe("changes_requested");
    expect(judged.verdicts.find((v) => v.criterionId === "c2")).toMatchObject({
      isMet: false,
      statement: "Pages load in under 2 seconds",
    });
    expect(judged.remarks.map((r) => r.text)).toEqual(["Could the buttons be a darker blue?"]);

    const second = bodyOf<SubmissionBody>(await submit(w), 201);
    expect(second.round).toBe(2);
    const accepted = bodyOf<SubmissionBody>(
      await evaluate(w, second.id, { ...ALL_MET, remarks: ["Still prefer darker blue"] }),
    );
    expect(accepted.status).toBe("accepted");

    const overview = await delivery(w, w.provider);
    expect(overview.deliverables[0]).toMatchObject({
      status: "accepted",
      revisionsUsed: 1,
      revisionsLeft: 1,
      submitBlockedBy: "deliverable_already_accepted",
    });
    expect(overview.milestones).toEqual([
      expect.objectContaining({ id: "m1", isAccepted: false }),
      expect.objectContaining({ id: "m2", isAccepted: true }),
    ]);
    expect(overview.scope?.unpricedDemands).toEqual({ notes: 2, changeRequests: 0 });
    const types = (await events()).map((e) => e.type);
    expect(types.slice(-5)).toEqual([
      "deliverable.submitted",
      "deliverable.evaluated",
      "deliverable.submitted",
      "deliverable.evaluated",
      "milestone.accepted",
    ]);
  });

  it("refuses an incomplete evaluation, naming each point, and writes nothing", async () => {
    const round = bodyOf<SubmissionBody>(await submit(w), 201);
    const error = expectError(
      await evaluate(w, round.id, {
        verdicts: [{ criterionId: "c2", isMet: false, comment: "" }],
        remarks: ["nicer colours"],
      }),
      422,
      "evaluation_incomplete",
    );
    expect(error.fields?.map((f) => [f.path, f.code])).toEqual([
      ["verdicts.0.comment", "reason_required"],
      ["criteria.0", "verdict_missing"],
    ]);
    expect(error.fields?.[1]?.message).toContain("A card payment completes end to end");
    const after = await delivery(w);
    expect(after.deliverables[0]?.submissions[0]).toMatchObject({
      status: "in_review",
      verdicts: [],
      remarks: [],
    });
  });

  it("refuses a verdict on a criterion that was never agreed: such feedback is a remark", async () => {
    const round = bodyOf<SubmissionBody>(await submit(w), 201);
    expectError(
      await evaluate(w, round.id, {
        verdicts: [...ALL_MET.verdicts, { criterionId: "colour", isMet: false, comment: "blue" }],
      }),
      422,
      "evaluation_incomplete",
    );
  });

  it("counts rework against the agreed revision limit", async () => {
    for (let round = 1; round <= 3; round++) {
      const handedIn = bodyOf<SubmissionBody>(await submit(w), 201);
      bodyOf(await evaluate(w, handedIn.id, ONE_UNMET));
    }
    const refused = expectError(await submit(w), 409, "revision_limit_reached");
    expect(refused.message).toContain("2 revision rounds");
    expect((await delivery(w)).deliverables[0]).toMatchObject({
      revisionsUsed: 2,
      revisionsLeft: 0,
      submitBlockedBy: "revision_limit_reached",
    });
  });

  it("lets only the provider submit and only the client evaluate; viewers and outsiders neither", async () => {
    expectError(await submit(w, "d1", {}, w.client), 403, "forbidden");
    const round = bodyOf<SubmissionBody>(await submit(w), 201);
    expectError(await evaluate(w, round.id, ALL_MET, w.provider), 403, "forbidden");
    const viewer = await joinAs(t, w.client, w.clientOrg, "Vera", "viewer");
    expectError(await evaluate(w, round.id, ALL_MET, viewer), 403, "forbidden");
    expect((await delivery(w, viewer)).deliverables).toHaveLength(2);
    const stranger = await buildDeliveryWorld(t);
    expectError(await stranger.client.client.get(w.url("/delivery")), 404, "not_found");
    expectError(await submit(w, "d1", {}, stranger.provider), 404, "not_found");
    expectError(await stranger.client.client.get(w.url(`/files/${round.id}`)), 404, "not_found");
  });

  it("refuses unknown deliverables, files of other engagements, and evaluating twice", async () => {
    expectError(await submit(w, "nope"), 422, "unknown_deliverable");
    const other = await buildDeliveryWorld(t);
    const foreign = bodyOf<{ files: { id: string }[] }>(
      await upload(other, other.provider, [{ name: "a.txt", content: "x" }]),
      201,
    );
    const refused = expectError(
      await submit(w, "d1", { fileIds: foreign.files.map((f) => f.id) }),
      400,
      "validation_failed",
    );
    expect(refused.fields?.[0]?.path).toBe("fileIds");
    expect((await delivery(w)).deliverables[0]?.submissions).toEqual([]);
    const round = bodyOf<SubmissionBody>(await submit(w), 201);
    bodyOf(await evaluate(w, round.id, ALL_MET));
    expectError(await evaluate(w, round.id, ALL_MET), 409, "submission_not_in_review");
  });

  it("refuses files past the size limit or of a type not allowed, storing none of the upload", async () => {
    const tooLarge = expectError(
      await upload(w, w.provider, [
        { name: "fine.txt", content: "ok" },
        { name: "video.mp4", content: Buffer.alloc(MAX_FILE_BYTES + 1) },
      ]),
      413,
      "file_too_large",
    );
    expect(tooLarge.message).toContain("video.mp4");
    expect(tooLarge.message).toContain("20 MB");
    const wrongType = expectError(
      await upload(w, w.provider, [{ name: "setup.exe", content: "MZ" }]),
      415,
      "file_type_not_allowed",
    );
    expect(wrongType.message).toContain("setup.exe");
    expect(await t.deps.db.selectFrom("stored_files").selectAll().execute()).toEqual([]);
    const notMultipart = await w.provider.client.post(w.url("/files"), { files: [] });
    expectError(notMultipart, 400, "upload_invalid");
  });

  it("keeps a file's own name only, in any script, and refuses a file sent without a name by its type", async () => {
    const uploaded = bodyOf<{ files: { id: string; name: string }[] }>(
      await upload(w, w.provider, [
        { name: "../../etc/passwd.txt", content: "not a password file" },
        { name: "O'Brien (v2) résumé 日本.pdf", content: "%PDF-1.7 résumé" },
      ]),
      201,
    );
    expect(uploaded.files.map((f) => f.name)).toEqual([
      "passwd.txt",
      "O'Brien (v2) résumé 日本.pdf",
    ]);
    // Downloaded under that name: in UTF-8 with every character outside RFC 8187's attr-char
    // encoded (the apostrophe and brackets were sent raw), and an ASCII stand-in for clients
    // that read only `filename` (curl -J; there was none, so they saved the file as its id).
    const download = await w.client.client.get(w.url(`/files/${uploaded.files[1]?.id}`));
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="O'Brien (v2) resume __.pdf"; ` +
        `filename*=UTF-8''O%27Brien%20%28v2%29%20r%C3%A9sum%C3%A9%20%E6%97%A5%E6%9C%AC.pdf`,
    );
    // A part with a content type but no filename at all (what a browser's FormData sends for a
    // Blob appended with an empty name) reached the name check as undefined: a 500.
    const boundary = "nameless-boundary";
    const nameless = await w.provider.client.request(
      "POST",
      w.url("/files"),
      `--${boundary}\r\nContent-Disposition: form-data; name="files"\r\n` +
        `Content-Type: application/octet-stream\r\n\r\nno name\r\n--${boundary}--\r\n`,
      { "content-type": `multipart/form-data; boundary=${boundary}` },
    );
    for (const refused of [
      nameless,
      await upload(w, w.provider, [{ name: "", content: "empty name" }]),
    ]) {
      expect(expectError(refused, 415, "file_type_not_allowed").message).toContain("“file”");
    }
    expect(await t.deps.db.selectFrom("stored_files").selectAll().execute()).toHaveLength(2);
  });

  it("keeps one upload of a content not yet handed in: the same bytes again (or twice at once) are refused, naming the stored file", async () => {
    const report = { name: "report.pdf", content: "%PDF-1.7 report" };
    const rows = () => t.deps.db.selectFrom("stored_files").select(["id", "name"]).execute();
    const onDiskBefore = (await storedFiles(t.filesDirectory)).length;
    const statuses = (
      await Promise.all([upload(w, w.provider, [report]), upload(w, w.provider, [report])])
    ).map((r) => r.statusCode);
    expect(statuses.sort()).toEqual([201, 409]);
    // Under another name, the same bytes are the same file.
    const again = expectError(
      await upload(w, w.provider, [{ ...report, name: "report (1).pdf" }]),
      409,
      "file_already_uploaded",
    );
    expect(again.message).toContain("report.pdf");
    // Twice in one upload, too.
    const notes = { name: "notes.txt", content: "Release notes" };
    const twice = expectError(
      await upload(w, w.provider, [notes, { ...notes, name: "notes-copy.txt" }]),
      409,
      "file_already_uploaded",
    );
    // Neither file of the refused upload is kept: the refusal names the upload, not a stored file.
    expect(twice.message).toContain("in this upload");
    expect(twice.message).not.toContain("hand in that one");
    expect((await rows()).map((r) => r.name)).toEqual(["report.pdf"]);
    expect(await storedFiles(t.filesDirectory)).toHaveLength(onDiskBefore + 1);

    // Other bytes are another file; once a round took the file, the same bytes may come again.
    bodyOf(await upload(w, w.provider, [notes]), 201);
    const stored = (await rows()).find((row) => row.name === "report.pdf");
    bodyOf(await submit(w, "d1", { fileIds: [stored!.id] }), 201);
    bodyOf(await upload(w, w.provider, [report]), 201);
    expect(await rows()).toHaveLength(3);
  });

  it("accepts by silence once the agreed review window passes, once, and says why", async () => {
    const round = bodyOf<SubmissionBody>(await submit(w), 201);
    t.clock.advance(10 * DAY_MS - 1);
    expect(await acceptOverdueSubmissions(t.deps)).toBe(0);
    t.clock.advance(1);
    expect(await acceptOverdueSubmissions(t.deps)).toBe(1);
    expect(await acceptOverdueSubmissions(t.deps)).toBe(0);
    const after = (await delivery(w)).deliverables[0];
    expect(after?.submissions[0]?.status).toBe("deemed_accepted");
    expect(after?.status).toBe("deemed_accepted");
    const deemed = (await events()).filter((e) => e.type === "deliverable.deemed_accepted");
    expect(deemed).toHaveLength(1);
    expect(deemed[0]?.payload).toMatchObject({
      submissionId: round.id,
      reason: "review_window_passed",
      reviewWindowDays: 10,
    });
    const late = expectError(await evaluate(w, round.id, ALL_MET), 409, "submission_not_in_review");
    // It was never evaluated: until 5 December 2026 the refusal said it had been.
    expect(late.message).toBe(
      "This submission was accepted when the review window passed without an evaluation: it can no longer be evaluated.",
    );
    const told = await t.deps.db
      .selectFrom("notifications")
      .select("user_id")
      .where("type", "=", "deliverable.deemed_accepted")
      .execute();
    expect(told.map((n) => n.user_id).sort()).toEqual([w.client.userId, w.provider.userId].sort());
    const mails = await t.deps.db
      .selectFrom("mail_outbox")
      .select(["to_address", "text_body"])
      .where("to_address", "in", [w.client.email, w.provider.email])
      .orderBy("created_at", "desc")
      .execute();
    expect(mails.filter((m) => m.text_body.includes("review window"))).toHaveLength(2);
  });

  it("reminds both sides once, a day before silence accepts a round", async () => {
    bodyOf<SubmissionBody>(await submit(w), 201);
    t.clock.advance(9 * DAY_MS - 1);
    expect(await remindReviewsEnding(t.deps)).toBe(0);
    t.clock.advance(1);
    expect(await Promise.all([remindReviewsEnding(t.deps), remindReviewsEnding(t.deps)])).toEqual(
      expect.arrayContaining([0, 1]),
    );
    expect(await remindReviewsEnding(t.deps)).toBe(0);
    expect((await events()).filter((e) => e.type === "deliverable.review_due_soon")).toHaveLength(
      1,
    );
    const told = await t.deps.db
      .selectFrom("notifications")
      .select("user_id")
      .where("type", "=", "deliverable.review_due_soon")
      .execute();
    expect(told.map((n) => n.user_id).sort()).toEqual([w.client.userId, w.provider.userId].sort());
  });

  it("never accepts by silence where the agreement did not agree to it", async () => {
    const noDeemed = await buildDeliveryWorld(t, (terms) => ({
      ...terms,
      hasDeemedAcceptance: false,
    }));
    const round = bodyOf<SubmissionBody>(await submit(noDeemed), 201);
    expect(round.isDeemedAcceptanceAgreed).toBe(false);
    t.clock.advance(100 * DAY_MS);
    expect(await acceptOverdueSubmissions(t.deps)).toBe(0);
  });

  it("has nothing to deliver before an agreement is in force", async () => {
    const draftOnly = await buildAgreementWorld(t);
    const url = `/api/v1/engagements/${draftOnly.engagementId}`;
    expect(
      bodyOf<DeliveryBody>(await draftOnly.client.client.get(`${url}/delivery`)),
    ).toMatchObject({ agreementVersion: null, deliverables: [], scope: null });
    expectError(
      await draftOnly.provider.client.post(`${url}/deliverables/d1/submissions`, {
        description: "early",
      }),
      409,
      "no_agreement_in_force",
    );
  });

  it("keeps delivery on the version in force while an amendment is open", async () => {
    bodyOf(await w.client.client.post(w.url("/agreement/amendments")), 201);
    expect((await delivery(w)).agreementVersion).toBe(1);
  });
});

/** Files kept under the storage root (a refused upload may leave an empty folder, never a file). */
async function storedFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe("the file storage", () => {
  it("keeps nothing on disk from a refused upload", async () => {
    const t = await buildTestApp("sqlite");
    try {
      const w = await buildDeliveryWorld(t);
      expectError(
        await upload(w, w.provider, [
          { name: "a.txt", content: "a" },
          { name: "b.bat", content: "b" },
        ]),
        415,
        "file_type_not_allowed",
      );
      expect(await storedFiles(t.filesDirectory)).toEqual([]);
      bodyOf(await upload(w, w.provider, [{ name: "a.txt", content: "a" }]), 201);
      expect(await storedFiles(t.filesDirectory)).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});
