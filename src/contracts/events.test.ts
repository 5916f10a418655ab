import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ENGAGEMENT_EVENT_TYPES,
  ENGAGEMENT_EVENTS,
  NOTIFIED_EVENT_TYPES,
} from "../domain/ledger/event-catalogue";
import { EVENT_PAYLOADS, parseEngagementEvent } from "./events";

describe("the event catalogue", () => {
  it("derives the notified types from the table, in its order", () => {
    expect(NOTIFIED_EVENT_TYPES).toEqual(
      ENGAGEMENT_EVENT_TYPES.filter((type) => ENGAGEMENT_EVENTS[type].notifies),
    );
    expect(NOTIFIED_EVENT_TYPES).toContain("message.posted");
    expect(NOTIFIED_EVENT_TYPES).not.toContain("agreement.signed");
  });

  it("has a schema for every type, and nothing else", () => {
    expect(Object.keys(EVENT_PAYLOADS).sort()).toEqual([...ENGAGEMENT_EVENT_TYPES].sort());
  });

  it("reads a stored payload back typed, and refuses what the catalogue does not hold", () => {
    expect(
      parseEngagementEvent("agreement.signed", { version: 2, side: "client", contentHash: "h" }),
    ).toEqual({
      type: "agreement.signed",
      payload: { version: 2, side: "client", contentHash: "h" },
    });
    expect(() => parseEngagementEvent("agreement.signed", { version: "2" })).toThrow();
    expect(() => parseEngagementEvent("agreement.burned", {})).toThrow(/unknown/);
  });

  it("is listed in the webhook guide, one row per notified type", () => {
    const guide = readFileSync(join(import.meta.dirname, "../../docs/WEBHOOKS.md"), "utf8");
    for (const type of NOTIFIED_EVENT_TYPES) {
      const [subject, verb] = type.split(".");
      expect(guide.includes(`\`${type}\``) || guide.includes(`\`.${verb}\``), type).toBe(true);
      expect(guide, type).toContain(`\`${subject}.`);
    }
  });
});
