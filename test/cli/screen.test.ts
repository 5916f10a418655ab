import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "../../bin/accord.js");

/** Runs `accord screen` with `input` on standard input. */
function screen(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("node", [BIN, "screen"], { env: { ...process.env, LOG_LEVEL: "warn" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("accord screen", () => {
  it(
    "reads texts as JSON and prints one finding per id, with language and evidence",
    { timeout: 600_000 },
    async () => {
      const result = await screen(
        JSON.stringify([
          { id: "fr-1", text: "Retirez votre avis, sinon nous porterons plainte." },
          { id: 7, text: "We will see you in court.", context: { followsReviewOfSender: true } },
          {
            id: "de-1",
            text: "Zahlen Sie bis Freitag, sonst übergeben wir die Forderung an ein Inkassobüro.",
          },
          { id: "id-1", text: "Terima kasih atas ulasannya!", context: { reviewId: "r-1" } },
          // false: the recipient had not reviewed the sender, so no review is linked.
          {
            id: "en-2",
            text: "We will see you in court.",
            context: { followsReviewOfSender: false },
          },
        ]),
      );
      expect(result.code).toBe(0);
      const output = JSON.parse(result.stdout) as {
        id: string | number;
        kind: string;
        language: string;
        evidence: { phrase: string; role: string }[];
      }[];
      expect(output.map((o) => [o.id, o.kind, o.language])).toEqual([
        ["fr-1", "retaliation", "fr"],
        [7, "retaliation", "en"],
        ["de-1", "legal_threat", "de"],
        ["id-1", "none", "id"],
        ["en-2", "legal_threat", "en"],
      ]);
      expect(output[0]!.evidence).toContainEqual({
        phrase: "porterons plainte",
        role: "legal-threat",
      });
      expect(output[1]!.evidence).toContainEqual({
        phrase: "followsReviewOfSender",
        role: "context-link",
      });
      expect(output[4]!.evidence.map((e) => e.role)).not.toContain("context-link");
      expect(Object.keys(output[2]!).sort()).toEqual(["evidence", "id", "kind", "language"]);
      // A file saved with a byte-order mark reads the same; an empty array prints one.
      const marked = await screen(`\uFEFF${JSON.stringify([{ id: "a", text: "Thanks!" }])}`);
      expect(marked.code, marked.stderr).toBe(0);
      expect((JSON.parse(marked.stdout) as { kind: string }[])[0]?.kind).toBe("none");
      const empty = await screen("[]");
      expect([empty.code, JSON.parse(empty.stdout)]).toEqual([0, []]);
    },
  );

  it(
    "refuses input that is not JSON, not an array, lacks an id or a text, or holds a text too long to screen, with exit code 2",
    { timeout: 600_000 },
    async () => {
      for (const [input, message] of [
        ["not json", "not JSON"],
        ['{"id":"a","text":"hello"}', "JSON array"],
        ['[{"text":"hello"}]', "item 0 has no id"],
        ['[{"id":"a","text":"ok"},{"id":"b"}]', "item 1 (id b) has no text"],
        ['[{"id":"a","text":"ok","context":{"followsReviewOfSender":"yes"}}]', "boolean"],
        ['[{"id":"","text":"ok"}]', "item 0 has an empty id"],
        ["", "standard input is empty"],
        ["  \n", "standard input is empty"],
        [
          JSON.stringify([
            { id: "long", text: "We will talk about the review later. ".repeat(3_000) },
          ]),
          "item 0 (id long) has a text of 111,000 characters; at most 100,000",
        ],
      ] as const) {
        const result = await screen(input);
        expect(result.code, input).toBe(2);
        expect(result.stdout).toBe("");
        expect(result.stderr).toContain(message);
      }
    },
  );
});
