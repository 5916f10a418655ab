import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../support/databases";
import { buildTestApp, type Person, type TestApp } from "../support/test-app";
import { expectError } from "./api-fixtures";
import { buildDeliveryWorld, type DeliveryWorld } from "./delivery/delivery-fixtures";
import { joinAs } from "./proposals-agreements/proposal-fixtures";

/** What people type as a number and Accord reads as one: plain decimal digits. */
const ACCEPTED = ["1", "2", "02"];

/**
 * What JavaScript's `Number()` also reads as a number, and a person typing a page size or a
 * version does not mean: each is refused naming the parameter, not read as 100, 16 or 5.
 */
const NOT_DIGITS = [
  "1e2",
  "0x10",
  "0b1",
  "0o7",
  "+5",
  " 5",
  "5 ",
  "5.0",
  "1.5",
  "",
  "Infinity",
  "١",
];

/**
 * Every number in a query string or a path is read one way (`queryInteger`): decimal digits
 * only, whatever the route; anything else gets a localised 400 naming the parameter.
 */
describe.each(DIALECTS)("numbers typed in queries and paths on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let french: Person;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    w = await buildDeliveryWorld(t);
    french = await joinAs(t, w.client, w.clientOrg, "Claire", "owner", "fr");
  });
  afterAll(async () => {
    await t.close();
  });

  /** Each route with the one number under test written as `$`, and the name of its parameter. */
  const routes = (): [string, string][] => [
    ["/api/v1/engagements?limit=$", "limit"],
    [w.url("/events?limit=$"), "limit"],
    [w.url("/events?after=$"), "after"],
    [w.url("/invoices?limit=$"), "limit"],
    [w.url("/change-requests?limit=$"), "limit"],
    [w.url("/agreement/diff?from=$&to=1"), "from"],
    [w.url("/agreement/versions/$"), "version"],
    // The invoice does not exist: a number read as one reaches the use-case and its 404.
    [w.url("/invoices/none/early-payment-check?offeredMinor=$&payOn=2026-12-01"), "offeredMinor"],
  ];

  it("reads plain decimal digits, leading zeros included", async () => {
    for (const [route] of routes()) {
      for (const typed of ACCEPTED) {
        const url = route.replace("$", encodeURIComponent(typed));
        const answer = await w.client.client.get(url);
        expect([200, 404], `${url}: ${answer.body}`).toContain(answer.statusCode);
      }
    }
  });

  it("refuses every other way of writing a number, naming the parameter in the reader's language", async () => {
    for (const [route, name] of routes()) {
      for (const typed of NOT_DIGITS) {
        const url = route.replace("$", encodeURIComponent(typed));
        const said = expectError(await w.client.client.get(url), 400, "validation_failed");
        expect(said.fields, url).toEqual([
          expect.objectContaining({ path: name, code: "decimal_digits" }),
        ]);
        expect(said.fields?.[0]?.message).toContain("20");
        const dit = expectError(await french.client.get(url), 400, "validation_failed");
        expect(dit.fields?.map((f) => f.path)).toEqual([name]);
        expect(dit.fields?.[0]?.message).not.toBe(said.fields?.[0]?.message);
      }
    }
  });

  it("says a negative number is below the parameter's minimum rather than not a number", async () => {
    for (const [route, name] of routes()) {
      const url = route.replace("$", "-1");
      const said = expectError(await w.client.client.get(url), 400, "validation_failed");
      expect(said.fields, url).toEqual([expect.objectContaining({ path: name })]);
      expect(said.fields?.[0]?.code, url).toMatch(/^too_small/);
    }
  });
});
