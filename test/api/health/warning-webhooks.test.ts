import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { type Person, type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface DeliveryBody {
  eventType: string;
  status: string;
}
interface ChangeBody {
  id: string;
  number: number;
}

/**
 * Health warnings reach each side's systems by webhook when they are raised and when they
 * clear, as they happen; people are not e-mailed about them (the health page shows them).
 */
describe.each(DIALECTS)("health warning webhooks on %s", (dialect) => {
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

  // An organisation has one endpoint per URL: each endpoint here gets a path of its own.
  const hook = async (owner: Person, orgId: string, eventTypes: string[]) =>
    bodyOf<{ id: string }>(
      await owner.client.post(`/api/v1/orgs/${orgId}/webhooks`, {
        url: `https://hooks.example.com/accord/${eventTypes.join("+")}`,
        eventTypes,
      }),
      201,
    );
  const deliveries = async (owner: Person, orgId: string, hookId: string) =>
    bodyOf<{ deliveries: DeliveryBody[] }>(
      await owner.client.get(`/api/v1/orgs/${orgId}/webhooks/${hookId}/deliveries`),
    ).deliveries.map((d) => d.eventType);
  const propose = async (title: string) =>
    bodyOf<ChangeBody>(
      await w.client.client.post(w.url("/change-requests"), { title, reason: "Needed now." }),
      201,
    );

  it("sends the scope-creep warning when raised and when it clears, to endpoints subscribed to them", async () => {
    const types = ["health.warning_raised", "health.warning_cleared"];
    const clientHook = await hook(w.client, w.clientOrg.id, types);
    const providerHook = await hook(w.provider, w.providerOrg.id, types);
    const messagesOnly = await hook(w.client, w.clientOrg.id, ["message.posted"]);

    // Three unpriced demands, each presumed 10 % of the agreed effort: 30 % is amber.
    const first = await propose("Gift wrapping");
    await propose("Loyalty points");
    expect(await deliveries(w.client, w.clientOrg.id, clientHook.id)).toEqual([]);
    await propose("Wholesale prices");
    expect(await deliveries(w.client, w.clientOrg.id, clientHook.id)).toEqual([
      "health.warning_raised",
    ]);
    expect(await deliveries(w.provider, w.providerOrg.id, providerHook.id)).toEqual([
      "health.warning_raised",
    ]);

    // Priced at one day and approved, the first demand stops counting: 20 % clears it.
    bodyOf(
      await w.provider.client.post(w.url(`/change-requests/${first.id}/price`), {
        effort: { unit: "day", quantity: 1 },
        priceMinor: 60_000,
        scheduleImpactDays: 0,
      }),
    );
    bodyOf(await w.client.client.post(w.url(`/change-requests/${first.id}/approve`), {}));
    const sent = await deliveries(w.client, w.clientOrg.id, clientHook.id);
    expect([...sent].sort()).toEqual(["health.warning_cleared", "health.warning_raised"]);
    expect(await deliveries(w.client, w.clientOrg.id, messagesOnly.id)).toEqual([]);

    // Nobody hears of a warning in the app or by e-mail.
    const notifications = await t.deps.db
      .selectFrom("notifications")
      .select("type")
      .where("type", "like", "health.%")
      .execute();
    expect(notifications).toEqual([]);
  });
});
