/**
 * What the fuzzed-input proof demands of one answer: never a 5xx; a 4xx is in the API's error
 * shape (`{ error: { code, message } }` and nothing else), does not echo what was probed, and
 * left the database as it was. A 2xx means the input was valid after all, and is let be.
 */
export interface Observed {
  status: number;
  body: string;
  /** The tables whose rows the request changed. */
  changedTables: readonly string[];
  /** Text the request carried that an answer must not repeat (a probed URL, a marker). */
  mustNotEcho?: string;
}

export function rejectionProblems(observed: Observed): string[] {
  const problems: string[] = [];
  const { status } = observed;
  if (status >= 200 && status < 300) return problems;
  if (status < 400 || status >= 500) problems.push(`status ${status} is not a 4xx`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(observed.body);
  } catch {
    problems.push("body is not JSON");
  }
  if (parsed !== undefined && !isErrorShape(parsed)) {
    problems.push(`body is not the error shape: ${observed.body.slice(0, 200)}`);
  }
  if (observed.mustNotEcho && observed.body.includes(observed.mustNotEcho)) {
    problems.push("the answer repeats the probe");
  }
  if (observed.changedTables.length > 0) {
    problems.push(`the database changed: ${observed.changedTables.join(", ")}`);
  }
  return problems;
}

function isErrorShape(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== "error") return false;
  const error = (value as { error: unknown }).error;
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    typeof code === "string" && code.length > 0 && typeof message === "string" && message.length > 0
  );
}
