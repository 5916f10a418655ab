import { describe, expect, it } from "vitest";
import { ExitFeedbackBody, GiveNoticeBody } from "../../../contracts/exits";
import { checkForm } from "../../shared/forms/use-contract-form";
import {
  EXIT_FEEDBACK_WORDS,
  GIVE_NOTICE_WORDS,
  noticeOffer,
  readExitFeedback,
  readGiveNotice,
  type GiveNoticeValues,
} from "./exit-form-state";

const notice = (patch: Partial<GiveNoticeValues>) =>
  checkForm(
    GiveNoticeBody,
    { reason: "breach", curePeriodDays: "", note: "", ...patch },
    { words: GIVE_NOTICE_WORDS, read: readGiveNotice },
    "en",
  );

const feedback = (rating: string) =>
  checkForm(
    ExitFeedbackBody,
    { rating, wouldWorkAgain: false, comment: "Clear" },
    { words: EXIT_FEEDBACK_WORDS, read: readExitFeedback },
    "en",
  );

describe("giving notice, checked with the server's contract", () => {
  it("names a breach's cure period that is not a whole number of days up to a year", async () => {
    const expected = [{ path: "curePeriodDays", message: { key: "form.exit.cureDaysInvalid" } }];
    expect((await notice({ curePeriodDays: "400" })).problems).toEqual(expected);
    expect((await notice({ curePeriodDays: "two" })).problems).toEqual(expected);
    expect((await notice({ curePeriodDays: "2.5" })).problems).toEqual(expected);
  });

  it("sends a typed cure period for a breach, none when left empty or for plain notice", async () => {
    expect((await notice({ curePeriodDays: "14" })).data).toEqual({
      reason: "breach",
      curePeriodDays: 14,
      note: "",
    });
    expect((await notice({})).data?.curePeriodDays).toBeNull();
    expect(
      (await notice({ reason: "notice", curePeriodDays: "14" })).data?.curePeriodDays,
    ).toBeNull();
  });
});

describe("exit feedback, checked with the server's contract", () => {
  it("asks for a rating, then for a whole number from 0 to 10", async () => {
    expect((await feedback(" ")).problems).toEqual([
      { path: "rating", message: { key: "form.exit.ratingMissing" } },
    ]);
    for (const typed of ["11", "7.5", "good"])
      expect((await feedback(typed)).problems).toEqual([
        { path: "rating", message: { key: "form.exit.ratingInvalid" } },
      ]);
  });

  it("passes a rating with the answer and the comment", async () => {
    expect((await feedback("0")).data).toEqual({
      rating: 0,
      wouldWorkAgain: false,
      comment: "Clear",
    });
  });
});

describe("what the exit tab offers before anyone gave notice", () => {
  it("offers the notice form only while an agreement is in force, and says why not otherwise", () => {
    expect(noticeOffer({ canAct: true, isAgreementInForce: true })).toBe("form");
    // The server answers 409 no_agreement_in_force: the form is not offered, the reason is.
    expect(noticeOffer({ canAct: true, isAgreementInForce: false })).toBe("no_agreement");
    expect(noticeOffer({ canAct: false, isAgreementInForce: true })).toBe("nothing");
    expect(noticeOffer({ canAct: false, isAgreementInForce: false })).toBe("nothing");
  });
});
