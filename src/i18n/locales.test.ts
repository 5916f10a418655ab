import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locales";

describe("Accept-Language negotiation", () => {
  it("takes the highest weight, keeps the header's order on ties, and reads regions as their language", () => {
    expect(localeFromAcceptLanguage("de-CH, fr")).toBe("de");
    expect(localeFromAcceptLanguage("fr;q=0.4, es;q=0.8")).toBe("es");
    expect(localeFromAcceptLanguage("ja, id;q=0.2, fr;q=0.1")).toBe("id");
    expect(localeFromAcceptLanguage("FR-ca")).toBe("fr");
  });

  it("answers English when nothing supported is asked for, or only refused", () => {
    expect(localeFromAcceptLanguage(undefined)).toBe("en");
    expect(localeFromAcceptLanguage("ja, zh")).toBe("en");
    expect(localeFromAcceptLanguage("de;q=0")).toBe("en");
    expect(localeFromAcceptLanguage("de;q=abc")).toBe("en");
    expect(localeFromAcceptLanguage("*")).toBe("en");
  });
});
