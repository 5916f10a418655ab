/** Notification payloads are the ledger events' own, read defensively: odd fields read as absent. */

export type Payload = Record<string, unknown>;

/** A field as text; absent or non-text fields read as empty. */
export function payloadText(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

/** A field as a finite number, or null. */
export function payloadNumber(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
