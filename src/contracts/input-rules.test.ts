import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BriefBody } from "./briefs";
import { ProposeChangeBody } from "./change-requests";
import { OpenDisputeBody } from "./disputes";
import { EngagementListQuery } from "./engagements";
import { SendOfferBody, SetGoalBody } from "./growth";
import { absentWhenEmpty } from "./input-rules";
import { ResponsibilitySchema } from "./terms";
import { UpdateMeBody } from "./auth";

describe("an optional reference given as an empty string", () => {
  it("is null where the field takes null, left out where it is optional, its default otherwise", () => {
    expect(absentWhenEmpty(z.string().min(1).nullable()).parse("")).toBeNull();
    expect(absentWhenEmpty(z.string().min(1).optional()).parse("")).toBeUndefined();
    expect(absentWhenEmpty(z.string().min(1).nullable().default(null)).parse("")).toBeNull();
    // Anything else is read as before: a value, or a refusal at the field.
    expect(absentWhenEmpty(z.string().min(1).nullable()).parse("d1")).toBe("d1");
    expect(absentWhenEmpty(z.iso.date().nullable()).safeParse("2026-02-30").success).toBe(false);
  });

  it("is absent in the references of the contracts: ids, dates and a list's filter", () => {
    const subject = OpenDisputeBody.shape.subject.parse({ kind: "conduct", ref: "" });
    expect(subject.ref).toBeNull();
    expect(
      ResponsibilitySchema.parse({ id: "r1", what: "Photos", dueDate: "" }).dueDate,
    ).toBeNull();
    expect(BriefBody.shape.deadline.parse("")).toBeNull();
    expect(SetGoalBody.shape.dueDate.parse("")).toBeNull();
    expect(SendOfferBody.shape.reviewId.parse("")).toBeNull();
    expect(ProposeChangeBody.shape.fromRemarkId.parse("")).toBeUndefined();
    expect(EngagementListQuery.shape.orgId.parse("")).toBeUndefined();
  });

  it("is not how a value that must say something is read: an empty name is still refused", () => {
    expect(UpdateMeBody.safeParse({ name: "" }).success).toBe(false);
  });
});
