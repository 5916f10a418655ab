import { describe, expect, it } from "vitest";
import { activeTokenNamed } from "./api-token";

describe("one active API token per name", () => {
  const now = new Date("2026-12-04T12:00:00Z");
  const token = (name: string, over: { expiresAt?: string; revokedAt?: string } = {}) => ({
    name,
    expiresAt: over.expiresAt ?? null,
    revokedAt: over.revokedAt ?? null,
  });

  it("finds the live token a name repeats, retyped", () => {
    const tokens = [token("Deploy"), token("CI")];
    expect(activeTokenNamed(tokens, " ci ", now)).toBe(tokens[1]);
    expect(activeTokenNamed(tokens, "CI nightly", now)).toBeUndefined();
  });

  it("lets a revoked or expired token's name be used again", () => {
    const tokens = [
      token("CI", { revokedAt: "2026-12-01T00:00:00Z" }),
      token("CI", { expiresAt: "2026-12-04T12:00:00.000Z" }),
    ];
    expect(activeTokenNamed(tokens, "CI", now)).toBeUndefined();
    expect(
      activeTokenNamed([token("CI", { expiresAt: "2026-12-05T00:00:00Z" })], "CI", now),
    ).toEqual(token("CI", { expiresAt: "2026-12-05T00:00:00Z" }));
  });
});
