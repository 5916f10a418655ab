import { describe, expect, it } from "vitest";
import { checkFile, cleanFileName, MAX_FILE_BYTES, repeatedUpload } from "./file-policy";

describe("files a submission may carry", () => {
  it("serves a file as the type its extension names, whatever the case", () => {
    expect(checkFile("Report.PDF", 1000)).toEqual({ ok: true, mediaType: "application/pdf" });
  });

  it("refuses types that could run in a browser or are unknown", () => {
    for (const name of ["page.html", "image.svg", "setup.exe", "no-extension"]) {
      expect(checkFile(name, 10)).toEqual({ ok: false, reason: "file_type_not_allowed" });
    }
  });

  it("takes a file at the size limit and refuses one byte more", () => {
    expect(checkFile("a.zip", MAX_FILE_BYTES).ok).toBe(true);
    expect(checkFile("a.zip", MAX_FILE_BYTES + 1)).toEqual({ ok: false, reason: "file_too_large" });
  });

  it("keeps only the base name, without control characters", () => {
    expect(cleanFileName("../../etc/pass\u0000wd.txt")).toBe("passwd.txt");
    expect(cleanFileName("C:\\Users\\me\\Devis signé.pdf")).toBe("Devis signé.pdf");
    expect(cleanFileName("\u0007")).toBe("file");
  });
});

describe("an upload's bytes waiting to be handed in", () => {
  const file = (name: string, sha256: string) => ({ name, sha256 });

  it("names the waiting file, or the earlier file of the upload, that has the same bytes", () => {
    const waiting = [file("report.pdf", "aa")];
    expect(repeatedUpload(waiting, [file("new.txt", "bb"), file("report (1).pdf", "aa")])).toEqual({
      file: file("report (1).pdf", "aa"),
      stored: file("report.pdf", "aa"),
      isSameUpload: false,
    });
    expect(repeatedUpload([], [file("a.txt", "cc"), file("b.txt", "cc")])).toEqual({
      file: file("b.txt", "cc"),
      stored: file("a.txt", "cc"),
      isSameUpload: true,
    });
  });

  it("takes other bytes under the same name as another file", () => {
    expect(repeatedUpload([file("report.pdf", "aa")], [file("report.pdf", "bb")])).toBeNull();
  });
});
