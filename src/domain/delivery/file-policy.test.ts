import { describe, expect, it } from "vitest";
import { checkFile, cleanFileName, MAX_FILE_BYTES } from "./file-policy";

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
