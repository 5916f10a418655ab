import { describe, expect, it } from "vitest";
import { addFiles, MAX_FILE_BYTES, MAX_FILES_PER_UPLOAD } from "./file-checks";

const fileOf = (name: string, size = 10) => ({ name, size }) as unknown as File;

describe("choosing files for a submission", () => {
  it("refuses, by name, a type or a size the server would refuse", () => {
    const { files, problems } = addFiles(
      [],
      [fileOf("report.pdf"), fileOf("setup.exe"), fileOf("film.mp4", MAX_FILE_BYTES + 1)],
    );
    expect(files.map((f) => f.name)).toEqual(["report.pdf"]);
    expect(problems).toEqual([
      { kind: "type", name: "setup.exe" },
      { kind: "size", name: "film.mp4" },
    ]);
  });

  it("keeps a file picked twice once, and stops at the per-upload count", () => {
    const chosen = Array.from({ length: MAX_FILES_PER_UPLOAD - 1 }, (_, i) => fileOf(`${i}.png`));
    const { files, problems } = addFiles(chosen, [
      fileOf("0.png"),
      fileOf("last.png"),
      fileOf("one-too-many.png"),
    ]);
    expect(files).toHaveLength(MAX_FILES_PER_UPLOAD);
    expect(problems).toEqual([{ kind: "count" }]);
  });
});
