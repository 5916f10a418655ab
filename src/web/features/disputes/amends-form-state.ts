import type { z } from "zod";
import { AMENDS_KINDS, type AmendsKind } from "../../../domain/dispute/amends";
import type { OfferAmendsBody } from "../../../contracts/disputes";
import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";

/** What the amends form holds: the kinds ticked, each kind's fields, amounts as typed. */
export interface AmendsValues {
  chosen: AmendsKind[];
  deliverableId: string;
  invoiceId: string;
  credit: string;
  refund: string;
  milestoneId: string;
  dueDate: string;
  apology: string;
  note: string;
}

/** The kinds ticked, in the order the form shows them: the order of the offer's items. */
export function chosenKinds(chosen: readonly AmendsKind[]): AmendsKind[] {
  return AMENDS_KINDS.filter((kind) => chosen.includes(kind));
}

/** Where a kind's problems are named: its item's path in the body (`items.1`). */
export function itemPath(chosen: readonly AmendsKind[], kind: AmendsKind): string {
  return `items.${chosenKinds(chosen).indexOf(kind)}`;
}

export const AMENDS_WORDS: FormWords = {
  items: { required: "disputes.amends.problem.empty", invalid: "disputes.amends.problem.empty" },
  "items.*.amountMinor": {
    required: "form.amends.amountMissing",
    invalid: "disputes.amends.problem.amount",
  },
  "items.*.dueDate": { required: "form.amends.dueDateMissing" },
  "items.*.text": { required: "form.amends.apologyMissing" },
};

type AmendsItemInput = z.input<typeof OfferAmendsBody>["items"][number];

/** The offer: one item per kind ticked, amounts read in the engagement's currency. */
export function readAmends(currency: string) {
  return (values: AmendsValues, text: TypedText): z.input<typeof OfferAmendsBody> => ({
    items: chosenKinds(values.chosen).map((kind, at): AmendsItemInput => {
      const amount = (typed: string) => text.amount(`items.${at}.amountMinor`, typed, currency);
      switch (kind) {
        case "rework":
          return { kind, deliverableId: values.deliverableId };
        case "credit_note":
          return { kind, amountMinor: amount(values.credit), invoiceId: values.invoiceId };
        case "partial_refund":
          return { kind, amountMinor: amount(values.refund) };
        case "extended_deadline":
          return { kind, milestoneId: values.milestoneId, dueDate: values.dueDate };
        case "apology":
          return { kind, text: values.apology };
      }
    }),
    note: values.note,
  });
}
