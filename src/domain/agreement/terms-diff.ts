import diff from "microdiff";

/** One field-level difference between two versions, at a dotted path such as `deliverables.0.title`. */
export interface TermsChange {
  path: string;
  kind: "added" | "removed" | "changed";
  /** The earlier value; null when the field was added. */
  before: unknown;
  /** The later value; null when the field was removed. */
  after: unknown;
}

const KIND = { CREATE: "added", REMOVE: "removed", CHANGE: "changed" } as const;

/**
 * The differences between two versions' terms, leaf by leaf: objects key by key, lists position
 * by position (an item inserted in a list shows as changes to the items after it and one
 * addition at the end). A value whose shape changed (a list becoming null) is one change.
 */
export function diffTerms(before: object, after: object): TermsChange[] {
  return diff(before, after).map((change) => ({
    path: change.path.join("."),
    kind: KIND[change.type],
    before: (change.type === "CREATE" ? null : change.oldValue) as unknown,
    after: (change.type === "REMOVE" ? null : change.value) as unknown,
  }));
}
