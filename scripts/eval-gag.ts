/**
 * Precision and recall of the review-gag detector per language, on the labelled clauses in
 * src/domain/agreement/review-gag.corpus.ts. Run: `npm run eval:gag`. Exits 1 on any miss.
 */
import { findReviewGag } from "../src/domain/agreement/review-gag";
import { LABELLED_CLAUSES, scoreGagDetector } from "../src/domain/agreement/review-gag.corpus";

const scores = scoreGagDetector(LABELLED_CLAUSES, (text) => findReviewGag(text) !== undefined);
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
console.log("language  clauses  gag  fair  precision  recall");
for (const s of scores) {
  const gags = s.truePositives + s.falseNegatives;
  console.log(
    `${s.language.padEnd(8)}  ${String(s.clauses).padStart(7)}  ${String(gags).padStart(3)}  ${String(s.clauses - gags).padStart(4)}  ${percent(s.precision).padStart(9)}  ${percent(s.recall).padStart(6)}`,
  );
}
console.log(`total clauses: ${LABELLED_CLAUSES.length}`);
const misses = scores.flatMap((s) => s.misses.map((m) => ({ ...m, language: s.language })));
for (const miss of misses) {
  const why = miss.isGag ? "missed gag" : "false alarm";
  console.log(`  ${why} [${miss.language}]: ${miss.text}`);
  const gag = findReviewGag(miss.text);
  if (gag) console.log(`    matched ${gag.kind}: ${gag.phrases.join(" + ")}`);
}
process.exitCode = misses.length > 0 ? 1 : 0;
