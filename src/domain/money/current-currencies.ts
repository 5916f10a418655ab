/**
 * ISO 4217 codes Intl still knows that no one can invoice in today: currencies withdrawn and
 * replaced (HRK by EUR in 2023, SLL by SLE, ZWL by ZWG in 2024, ANG by XCG in 2025…), fund
 * and accounting units (BOV, CLF, USN…). Listed by hand because Intl keeps historic codes.
 */
const NOT_CURRENT = new Set([
  "ADP",
  "AFA",
  "ANG",
  "BYR",
  "CUC",
  "EEK",
  "ESP",
  "HRK",
  "LTL",
  "LVL",
  "MRO",
  "SLL",
  "STD",
  "VEF",
  "ZMK",
  "ZWD",
  "ZWL",
  "BOV",
  "CHE",
  "CHW",
  "CLF",
  "COU",
  "MXV",
  "USN",
  "UYI",
  "UYW",
]);

/** X-codes that are money people use (CFA francs, East Caribbean dollar, CFP franc, Caribbean guilder). */
const CIRCULATING_X = new Set(["XAF", "XCD", "XCG", "XOF", "XPF"]);

/**
 * The currencies a person may choose on a form: current ISO 4217 codes only, out of those the
 * runtime knows (`Intl.supportedValuesOf("currency")`). Precious metals, drawing rights and
 * test codes (XAU, XDR, XTS…) and withdrawn currencies are left out.
 */
export function currentCurrencies(known: readonly string[]): string[] {
  return known.filter(
    (code) => !NOT_CURRENT.has(code) && (!code.startsWith("X") || CIRCULATING_X.has(code)),
  );
}
