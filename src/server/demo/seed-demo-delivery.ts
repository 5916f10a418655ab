import type { Actor } from "../platform/actor";
import type { AppDeps } from "../platform/deps";
import type { Result } from "../platform/result";
import { priceChange } from "../modules/change-requests/answer-change";
import { proposeChange } from "../modules/change-requests/propose-change";
import { evaluate } from "../modules/delivery/evaluate-submission";
import { submitDeliverable } from "../modules/delivery/submit-deliverable";

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`demo seed: ${what} failed with ${result.failure.code}`);
  return result.value;
}

/**
 * Stages 5–6 for the demo, on the signed shop engagement: a first round sent back on one unmet
 * criterion with a remark outside the criteria, a second round waiting for evaluation, and the
 * remark turned into a change request the provider has priced, awaiting the client's answer.
 */
export async function seedDemoDelivery(
  deps: AppDeps,
  engagementId: string,
  client: Actor,
  provider: Actor,
): Promise<void> {
  const first = unwrap(
    await submitDeliverable(deps, provider, engagementId, "d1", {
      description: "Staging shop with catalogue, cart and card checkout.",
      links: ["https://staging.shop.example"],
      fileIds: [],
    }),
    "first submission",
  );
  const judged = unwrap(
    await evaluate(deps, client, engagementId, first.id, {
      verdicts: [
        { criterionId: "c1", isMet: true, comment: "Test order #1001 paid with a test card." },
        {
          criterionId: "c2",
          isMet: false,
          comment: "Product pages take 3.4 s in the Lighthouse report on staging.",
        },
      ],
      remarks: ["Could the product photos open in a larger view?"],
    }),
    "evaluation",
  );
  unwrap(
    await submitDeliverable(deps, provider, engagementId, "d1", {
      description: "Images resized and lazy-loaded; Lighthouse now reports 1.6 s.",
      links: ["https://staging.shop.example"],
      fileIds: [],
    }),
    "second submission",
  );
  const remark = judged.remarks[0];
  if (!remark) throw new Error("demo seed: the remark was not kept");
  const change = unwrap(
    await proposeChange(deps, client, engagementId, {
      title: "Larger product photo view",
      reason: remark.text,
      deliverableIds: ["d1"],
      additionalRevisions: 0,
      fromRemarkId: remark.id,
    }),
    "change request",
  );
  unwrap(
    await priceChange(deps, provider, engagementId, change.id, {
      effort: { unit: "day", quantity: 1.5 },
      priceMinor: 90_000,
      scheduleImpactDays: 3,
      note: "A zoomable gallery on product pages.",
    }),
    "pricing",
  );
}
