import { describe, expect, it } from "vitest";
import { eventIdOfPersonal, personalNotificationId } from "./notification-ids";

const event = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
const pedro = "0193a1b2-0000-7000-8000-aaaaaaaaaaaa";
const carl = "0193a1b2-0000-7000-8000-bbbbbbbbbbbb";

describe("a person's notification id", () => {
  it("is the event's and the person's, and reads back as the event for that person only", () => {
    const id = personalNotificationId(event, pedro);
    expect(id).not.toBe(personalNotificationId(event, carl));
    expect(id.length).toBeLessThanOrEqual(64);
    expect(eventIdOfPersonal(id, pedro)).toBe(event);
    expect(eventIdOfPersonal(id, carl)).toBeUndefined();
  });

  it("reads nothing from an id that is not one", () => {
    expect(eventIdOfPersonal(event, pedro)).toBeUndefined();
    expect(eventIdOfPersonal(".aaaaaaaaaaaa", pedro)).toBeUndefined();
  });
});
