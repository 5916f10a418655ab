/**
 * A case's evidence as stored: screening writes `{ language, phrases: [{ phrase, role }] }`, a
 * report `{ report }`. Read defensively: evidence is history, and older shapes must still show.
 */
export interface CaseEvidence {
  language: string | null;
  phrases: { phrase: string; role: string }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function readEvidence(evidence: unknown): CaseEvidence {
  if (!isRecord(evidence)) return { language: null, phrases: [] };
  const language = typeof evidence.language === "string" ? evidence.language : null;
  const phrases = Array.isArray(evidence.phrases)
    ? evidence.phrases.flatMap((p) =>
        isRecord(p) && typeof p.phrase === "string" && typeof p.role === "string"
          ? [{ phrase: p.phrase, role: p.role }]
          : [],
      )
    : [];
  return { language, phrases };
}
