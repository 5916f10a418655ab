import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider } from "react-intl";
import { describe, expect, it } from "vitest";
import { webEn } from "../../../i18n/messages/en";
import { webFr } from "../../../i18n/messages/fr";
import type { HealthInputExplanation } from "../../../shared/api/types";
import { InputRawValue } from "./input-value";

function satisfaction(
  normalised: number | null,
  evidence: HealthInputExplanation["evidence"],
): HealthInputExplanation {
  return {
    input: "satisfaction",
    weight: 0.2,
    raw: null,
    sample: null,
    normalised,
    contribution: normalised === null ? null : normalised * 0.2,
    cappedAt: null,
    evidence,
  };
}

const ANSWERED = [{ kind: "check_in", id: "c1", label: "2026-11-20", value: null }];

function rendered(messages: Record<string, string>, locale: string, input: HealthInputExplanation) {
  return renderToStaticMarkup(
    createElement(IntlProvider, { locale, messages }, createElement(InputRawValue, { input })),
  );
}

describe("satisfaction's value in words", () => {
  it("says ratings given are not counted yet, and why, rather than that there is no evidence", () => {
    expect(rendered(webEn, "en", satisfaction(null, ANSWERED))).toBe(
      "Private ratings, not counted until 3 organisations on this side are rated (so no single answer can be read back)",
    );
    expect(rendered(webFr, "fr", satisfaction(null, ANSWERED))).toContain(
      "pas encore comptées tant que moins de 3 organisations",
    );
  });

  it("says there is no evidence when no rating was given, and shows only the effect once counted", () => {
    expect(rendered(webEn, "en", satisfaction(null, []))).toBe("No evidence yet");
    expect(rendered(webEn, "en", satisfaction(80, ANSWERED))).toBe(
      "Private ratings (only their effect is shown)",
    );
  });
});
