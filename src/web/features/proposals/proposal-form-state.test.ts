import { describe, expect, it } from "vitest";
import {
  DeclineProposalBody,
  RequestRevisionBody,
  UpdateProposalBody,
} from "../../../contracts/proposals";
import { checkForm } from "../../shared/forms/use-contract-form";
import { newMilestone } from "../terms/terms-form-state";
import {
  DECLINE_PROPOSAL_WORDS,
  PROPOSAL_WORDS,
  REQUEST_REVISION_WORDS,
  emptyProposalForm,
  readProposalBody,
  type ProposalForm,
} from "./proposal-form-state";

function proposal(patch: (form: ProposalForm) => void): ProposalForm {
  const form = emptyProposalForm("EUR");
  form.deliverables[0]!.title = "Online shop";
  form.deliverables[0]!.criteria[0]!.statement = "Card payments work";
  form.remuneration.amount = "8 500";
  patch(form);
  return form;
}

const checkProposal = (form: ProposalForm) =>
  checkForm(UpdateProposalBody, form, { words: PROPOSAL_WORDS, read: readProposalBody }, "fr");

describe("the proposal editor, checked with the server's terms contract", () => {
  it("asks a deliverable for its title, a milestone for its day, and names an unreadable price", async () => {
    const checked = await checkProposal(
      proposal((form) => {
        form.deliverables[0]!.title = " ";
        form.milestones = [{ ...newMilestone(), title: "Launch", amount: "huit mille" }];
      }),
    );
    expect(checked.data).toBeNull();
    expect(checked.problems).toEqual([
      { path: "terms.milestones.0.amountMinor", message: { key: "money.invalid" } },
      {
        path: "terms.deliverables.0.title",
        message: { key: "form.terms.deliverableTitleMissing" },
      },
      {
        path: "terms.milestones.0.dueDate",
        message: { key: "form.terms.milestoneDateMissing" },
      },
    ]);
  });

  it("reads a proposal typed in French into the terms the server takes", async () => {
    const checked = await checkProposal(proposal(() => undefined));
    expect(checked.problems).toEqual([]);
    expect(checked.data?.terms.remuneration.amountMinor).toBe(850_000);
    expect(checked.data?.terms.deliverables[0]?.title).toBe("Online shop");
  });

  it("sends an empty validity as an offer that never lapses, and a chosen day as its last day", async () => {
    const open = await checkProposal(proposal(() => undefined));
    expect(open.data?.terms.validUntil).toBeNull();
    const dated = await checkProposal(proposal((form) => (form.validUntil = "2027-01-31")));
    expect(dated.problems).toEqual([]);
    expect(dated.data?.terms.validUntil).toBe("2027-01-31");
  });
});

describe("the client's answers to a proposal, checked with the server's contracts", () => {
  it("asks a revision for its note and a decline for its reason", async () => {
    const revision = await checkForm(
      RequestRevisionBody,
      { note: "" },
      { words: REQUEST_REVISION_WORDS },
      "en",
    );
    expect(revision.problems).toEqual([
      { path: "note", message: { key: "form.proposal.revisionNoteMissing" } },
    ]);
    const decline = await checkForm(
      DeclineProposalBody,
      { reason: " " },
      { words: DECLINE_PROPOSAL_WORDS },
      "en",
    );
    expect(decline.problems).toEqual([
      { path: "reason", message: { key: "form.proposal.declineReasonMissing" } },
    ]);
  });

  it("names a note longer than the server keeps", async () => {
    const checked = await checkForm(
      RequestRevisionBody,
      { note: "x".repeat(2001) },
      { words: REQUEST_REVISION_WORDS },
      "en",
    );
    expect(checked.problems).toEqual([
      { path: "note", message: { key: "validation.too_long", values: { maximum: 2000 } } },
    ]);
  });
});
