/**
 * Every engagement has one thread of its own, and one per deliverable and per change request,
 * named in the API as `engagement`, `deliverable:<id>` or `change_request:<id>`.
 */
export const THREAD_KINDS = ["engagement", "deliverable", "change_request"] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

export interface ThreadRef {
  kind: ThreadKind;
  /** The deliverable's or change request's id; "" for the engagement's own thread. */
  id: string;
}

/** Reads a thread's name; undefined when it names none. Ids may themselves hold colons. */
export function parseThreadRef(text: string): ThreadRef | undefined {
  if (text === "engagement") return { kind: "engagement", id: "" };
  const at = text.indexOf(":");
  if (at < 0) return undefined;
  const kind = text.slice(0, at);
  const id = text.slice(at + 1);
  if (id.length === 0 || id.length > 64) return undefined;
  return kind === "deliverable" || kind === "change_request" ? { kind, id } : undefined;
}

export function formatThreadRef(ref: ThreadRef): string {
  return ref.kind === "engagement" ? "engagement" : `${ref.kind}:${ref.id}`;
}
