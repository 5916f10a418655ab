import type { TestApp } from "../../support/test-app";
import { buildBillingWorld, issuedInvoice, paid } from "../billing/billing-fixtures";
import { evaluate, ONE_UNMET, submit, type DeliveryWorld } from "../delivery/delivery-fixtures";
import type { SubmissionBody } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

/**
 * An engagement with money to argue over: d1's round evaluated with one criterion unmet, stage 1
 * (€4,000.00) invoiced, and €1,500.00 of it paid by the client.
 */
export async function partlyPaidWorld(
  t: TestApp,
): Promise<{ world: DeliveryWorld; invoiceId: string }> {
  const world = await buildBillingWorld(t, (terms) => terms, { accept: ["d2"] });
  const round = bodyOf<SubmissionBody>(await submit(world, "d1"), 201);
  bodyOf(await evaluate(world, round.id, ONE_UNMET));
  const invoiceId = (await issuedInvoice(world)).id;
  await paid(world, invoiceId, 150_000, "2026-11-22");
  return { world, invoiceId };
}

/** A dispute over d1's evaluation, opened by the client and answered by the provider. */
export async function openAnsweredDispute<Dispute extends { id: string }>(
  world: DeliveryWorld,
): Promise<Dispute> {
  const dispute = bodyOf<Dispute>(
    await world.client.client.post(world.url("/disputes"), {
      subject: { kind: "evaluation", ref: "d1" },
      statement: "The home page is still slow.",
      wants: "Our money back.",
    }),
    201,
  );
  bodyOf(
    await world.provider.client.post(world.url(`/disputes/${dispute.id}/response`), {
      response: "We will see what we can do.",
    }),
  );
  return dispute;
}
