import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const WEB = join(ROOT, "src", "web");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "messages" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [path] : [];
  });
}

/** A role compared with a role's name, either way round: `role === "owner"`, `"viewer" !== r`. */
const ROLE_COMPARISON =
  /(?:[!=]==?\s*["'](?:owner|member|viewer)["'])|(?:["'](?:owner|member|viewer)["']\s*[!=]==?)/;
/** A role looked up in the reader's memberships, the first step of role arithmetic. */
const MEMBERSHIP_ROLE = /memberships\b[^;]*\.role\b/;

function offences(pattern: RegExp): string[] {
  return sourceFiles(WEB).flatMap((file) => {
    const name = relative(WEB, file);
    return readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, index) =>
        pattern.test(line) ? [`${name}:${index + 1}: ${line.trim()}`] : [],
      );
  });
}

describe("the web app decides nothing about permissions itself", () => {
  it("never compares a role with owner, member or viewer: it reads the server's abilities", () => {
    expect(offences(ROLE_COMPARISON)).toEqual([]);
  });

  it("never looks up the reader's role in their memberships to decide what they may do", () => {
    expect(offences(MEMBERSHIP_ROLE)).toEqual([]);
  });

  it("would notice role arithmetic (the patterns match what they are meant to)", () => {
    expect(ROLE_COMPARISON.test(`const canWrite = role === "owner" || role === "member";`)).toBe(
      true,
    );
    expect(ROLE_COMPARISON.test(`org.myRole !== "viewer"`)).toBe(true);
    expect(ROLE_COMPARISON.test(`"viewer" === role`)).toBe(true);
    expect(ROLE_COMPARISON.test(`const isMine = payment.recordedSide === mySide;`)).toBe(false);
    expect(
      MEMBERSHIP_ROLE.test(`me.data?.memberships.find((m) => m.org.id === id)?.role ?? null`),
    ).toBe(true);
  });
});
