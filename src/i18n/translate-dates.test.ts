import { afterEach, describe, expect, it } from "vitest";
import { translate } from "./translate";

describe("a date in a catalogue message", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it("is the day in UTC, as every other date Accord writes, whatever the server's time zone", () => {
    // 23:30 UTC on 6 December is already 7 December east of UTC+1.
    const values = {
      inviter: "Élodie",
      org: "Atelier Nord",
      role: "member",
      link: "http://accord.test/invitations/x",
      expiresAt: new Date("2026-12-06T23:30:00.000Z"),
    };
    process.env.TZ = "Pacific/Kiritimati";
    expect(translate("en", "mail.membership_invitation.body", values)).toContain(
      "expires on December 6, 2026",
    );
    expect(translate("de", "mail.membership_invitation.body", values)).toContain(
      "6. Dezember 2026",
    );
  });
});
