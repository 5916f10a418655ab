import { describe, expect, it } from "vitest";
import { KeptReplies } from "./kept-replies";

const bytes = (n: number) => Buffer.alloc(n, 1);

describe("kept replies", () => {
  it("drops the least recently used reply once there are more than the entries allowed", () => {
    const kept = new KeptReplies({ maxEntries: 2, maxBytes: 1_000 });
    kept.set("a", bytes(1));
    kept.set("b", bytes(1));
    expect(kept.get("a")).toEqual(bytes(1));
    kept.set("c", bytes(1));
    expect(kept.get("b")).toBeUndefined();
    expect(kept.get("a")).toEqual(bytes(1));
    expect(kept.get("c")).toEqual(bytes(1));
    expect(kept.size).toEqual({ entries: 2, bytes: 2 });
  });

  it("drops the oldest replies until their bytes fit, and keeps none larger than all allowed", () => {
    const kept = new KeptReplies({ maxEntries: 10, maxBytes: 100 });
    kept.set("a", bytes(40));
    kept.set("b", bytes(40));
    kept.set("c", bytes(40));
    expect(kept.get("a")).toBeUndefined();
    expect(kept.size).toEqual({ entries: 2, bytes: 80 });
    kept.set("huge", bytes(101));
    expect(kept.get("huge")).toBeUndefined();
    expect(kept.size).toEqual({ entries: 2, bytes: 80 });
  });

  it("replaces a key's reply without counting the old bytes twice", () => {
    const kept = new KeptReplies({ maxEntries: 10, maxBytes: 100 });
    kept.set("a", bytes(60));
    kept.set("a", bytes(30));
    expect(kept.size).toEqual({ entries: 1, bytes: 30 });
  });
});
