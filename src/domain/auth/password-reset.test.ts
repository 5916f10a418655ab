import { describe, expect, it } from "vitest";
import {
  isPasswordResetUsable,
  mayMailPasswordReset,
  PASSWORD_RESET_MAILS_PER_HOUR,
  passwordResetLink,
} from "./password-reset";

describe("password reset links", () => {
  const now = new Date("2026-12-02T10:00:00.000Z");

  it("work until their hour has passed, and only while unused", () => {
    expect(
      isPasswordResetUsable({ expires_at: "2026-12-02T10:00:01.000Z", used_at: null }, now),
    ).toBe(true);
    expect(
      isPasswordResetUsable({ expires_at: "2026-12-02T10:00:00.000Z", used_at: null }, now),
    ).toBe(false);
    expect(
      isPasswordResetUsable(
        { expires_at: "2026-12-02T11:00:00.000Z", used_at: "2026-12-02T09:59:00.000Z" },
        now,
      ),
    ).toBe(false);
  });

  it("are mailed at most three times an hour to one person", () => {
    expect(PASSWORD_RESET_MAILS_PER_HOUR).toBe(3);
    expect(mayMailPasswordReset(2)).toBe(true);
    expect(mayMailPasswordReset(3)).toBe(false);
  });

  it("open the web app's reset page", () => {
    expect(passwordResetLink("https://accord.example", "abc")).toBe(
      "https://accord.example/reset-password/abc",
    );
  });
});
