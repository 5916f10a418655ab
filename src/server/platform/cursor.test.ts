import { describe, expect, it } from "vitest";
import { cursorFromQuery, decodeCursor, encodeCursor, keysetPage } from "./cursor";

describe("keyset cursors", () => {
  it("read back the key and id they were made of, of the ordering they name", () => {
    const cursor = { key: "2026-12-04T01:00:00.000Z", id: "b" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor(cursor, "title"), "title")).toEqual(cursor);
    // One sort's cursor is not another's, nor one of a list with a single order.
    expect(decodeCursor(encodeCursor(cursor, "title"), "deadline")).toBeUndefined();
    expect(decodeCursor(encodeCursor(cursor, "title"))).toBeUndefined();
    expect(decodeCursor(encodeCursor(cursor), "title")).toBeUndefined();
  });

  it("refuse text that is not a cursor as a 400 on `cursor`", () => {
    for (const text of ["not-a-cursor", "", Buffer.from('["a"]').toString("base64url")]) {
      expect(cursorFromQuery(text)).toEqual({
        ok: false,
        failure: expect.objectContaining({
          code: "validation_failed",
          fields: [{ path: "cursor", key: "validation.invalid" }],
        }) as unknown,
      });
    }
    expect(cursorFromQuery(undefined)).toEqual({ ok: true, value: undefined });
  });

  it("cut a page of `limit` rows and point past its last only when another row follows", () => {
    const rows = ["a", "b", "c"].map((id) => ({ at: "t", id }));
    const cursorOf = (row: { at: string; id: string }) => ({ key: row.at, id: row.id });
    const page = keysetPage(rows, 2, cursorOf);
    expect(page.items.map((row) => row.id)).toEqual(["a", "b"]);
    expect(decodeCursor(page.nextCursor!)).toEqual({ key: "t", id: "b" });
    expect(keysetPage(rows.slice(0, 2), 2, cursorOf).nextCursor).toBeNull();
  });
});
