import { describe, expect, it } from "vitest";
import { CreateInvoiceBody } from "../../../contracts/billing";
import { UpdateBriefBody } from "../../../contracts/briefs";
import { SetGoalBody } from "../../../contracts/growth";
import { AnswerCheckInBody } from "../../../contracts/health";
import {
  emptyBriefForm,
  readBriefBody,
  type BriefForm,
} from "../../features/briefs/brief-form-state";
import {
  emptyLine,
  readLineBodies,
  type LineForm,
} from "../../features/billing/invoice-form-state";
import { checkForm } from "./use-contract-form";
import type { FormWords } from "./issue-message";

const briefWords: FormWords = { title: { required: "form.brief.titleMissing" } };

function checkBrief(patch: Partial<BriefForm>) {
  return checkForm<typeof UpdateBriefBody, BriefForm>(
    UpdateBriefBody,
    { ...emptyBriefForm(), ...patch },
    { read: readBriefBody, words: briefWords },
    "fr",
  );
}

function checkManualInvoice(lines: LineForm[]) {
  return checkForm<typeof CreateInvoiceBody, { lines: LineForm[] }>(
    CreateInvoiceBody,
    { lines },
    {
      read: (values, text) => ({
        source: { kind: "manual" },
        lines: readLineBodies(values.lines, "EUR", text),
      }),
      words: { "lines.*.description": { required: "form.invoice.descriptionMissing" } },
    },
    "en",
  );
}

describe("a form checked with the server's contract, in the form's words, at the contract's paths", () => {
  it("asks the brief for a title, and names a budget it cannot read where the server would", async () => {
    const checked = await checkBrief({ title: " ", budgetMin: "1 000,5", budgetMax: "mille" });
    expect(checked.problems).toEqual([
      { path: "budget.maxMinor", message: { key: "money.invalid" } },
      { path: "title", message: { key: "form.brief.titleMissing" } },
    ]);
  });

  it("asks for both ends of a budget once one is given, and passes a brief read in French", async () => {
    expect((await checkBrief({ title: "Boutique", budgetMin: "1 000" })).problems).toEqual([
      { path: "budget.maxMinor", message: { key: "validation.required" } },
    ]);
    const checked = await checkBrief({
      title: "Boutique",
      budgetMin: "1 000",
      budgetMax: "2 500,50",
    });
    expect(checked.problems).toEqual([]);
    expect(checked.data?.budget).toEqual({ currency: "EUR", minMinor: 100_000, maxMinor: 250_050 });
  });

  it("names each invoice line's missing description and unreadable numbers, limits in the unit typed", async () => {
    const fine = { ...emptyLine("a"), description: "Design", unitPrice: "100" };
    const checked = await checkManualInvoice([
      fine,
      { ...emptyLine("b"), description: "", quantity: "1.2345", unitPrice: "12" },
      { ...fine, key: "c", taxRate: "150" },
    ]);
    expect(checked.problems).toEqual([
      { path: "lines.1.quantityMilli", message: { key: "form.number.invalid" } },
      { path: "lines.1.description", message: { key: "form.invoice.descriptionMissing" } },
      // The contract caps a rate at 10,000 basis points: said as 100 (per cent), as typed.
      {
        path: "lines.2.taxRateBasisPoints",
        message: { key: "validation.too_big", values: { maximum: 100 } },
      },
    ]);
    expect((await checkManualInvoice([fine])).data?.lines).toEqual([
      { description: "Design", quantityMilli: 1000, unitPriceMinor: 10_000, taxRateBasisPoints: 0 },
    ]);
  });

  it("asks a check-in for both ratings and two or three reasons", async () => {
    const words: FormWords = {
      relationshipRating: { required: "form.checkIn.ratingMissing" },
      counterpartRating: { required: "form.checkIn.ratingMissing" },
      reasons: { invalid: "form.checkIn.reasonsCount" },
    };
    const answer = { relationshipRating: 8, counterpartRating: null, reasons: ["on_time"] };
    expect((await checkForm(AnswerCheckInBody, answer, { words }, "en")).problems).toEqual([
      { path: "counterpartRating", message: { key: "form.checkIn.ratingMissing" } },
      { path: "reasons", message: { key: "form.checkIn.reasonsCount" } },
    ]);
  });

  it("says why a contract's own rule refuses a value, as the server does", async () => {
    const answer = { relationshipRating: 8, counterpartRating: 7, reasons: ["on_time", "on_time"] };
    expect((await checkForm(AnswerCheckInBody, answer, {}, "en")).problems).toEqual([
      { path: "reasons", message: { key: "validation.repeated_items" } },
    ]);
    const goal = {
      title: "Conversion",
      baseline: 2,
      target: 2,
      unit: "%",
      source: { kind: "agreement" },
    };
    expect((await checkForm(SetGoalBody, goal, {}, "en")).problems).toEqual([
      { path: "target", message: { key: "validation.target_equals_baseline" } },
    ]);
  });
});
