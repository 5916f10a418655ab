import { describe, expect, it } from "vitest";
import { readEvidence } from "./case-evidence";

describe("reading a case's evidence", () => {
  it("reads screening's language and phrases", () => {
    expect(
      readEvidence({
        language: "fr",
        phrases: [
          { phrase: "Retirez", role: "removal-demand" },
          { phrase: "en justice", role: "legal-threat" },
        ],
      }),
    ).toEqual({
      language: "fr",
      phrases: [
        { phrase: "Retirez", role: "removal-demand" },
        { phrase: "en justice", role: "legal-threat" },
      ],
    });
  });

  it("reads a report as no phrases, and skips malformed entries", () => {
    expect(readEvidence({ report: "Insulting" })).toEqual({ language: null, phrases: [] });
    expect(readEvidence({ phrases: [{ phrase: 3 }, "x", { phrase: "a", role: "b" }] })).toEqual({
      language: null,
      phrases: [{ phrase: "a", role: "b" }],
    });
    expect(readEvidence(null)).toEqual({ language: null, phrases: [] });
  });
});
