import { describe, expect, it } from "vitest";
import { markWordless, wordAll, wording } from "./wording";

describe("wording a reply", () => {
  it("words every message in it, at any depth, and keeps what holds none", () => {
    const plain = { a: [1, { b: true }] };
    const reply = { title: wording("validation.required"), rows: [plain] };
    const worded = wordAll("en", reply);
    expect(typeof worded.title).toBe("string");
    expect(worded.title).not.toBe("validation.required");
    expect(worded.rows[0]).toBe(plain);
  });

  it("leaves a value marked wordless unwalked, shared by every row as it is", () => {
    // A message inside shows it is not walked (the mark promises there is none).
    const shared = markWordless(
      Object.freeze({ submit: true, note: wording("validation.required") }),
    );
    const worded = wordAll("en", { rows: [{ abilities: shared }, { abilities: shared }] });
    expect(worded.rows[0]?.abilities).toBe(shared);
    expect(worded.rows[1]?.abilities).toBe(shared);
    expect(shared.note).toEqual(wording("validation.required"));
  });

  it("refuses to mark a value that could still change", () => {
    expect(() => markWordless({ submit: true })).toThrow();
  });
});
