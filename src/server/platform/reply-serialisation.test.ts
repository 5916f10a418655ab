import { describe, expect, it } from "vitest";
import { z } from "zod";
import { replySerializerCompiler, replyWriterKind } from "./reply-serialisation";

const Contract = z.object({
  id: z.string(),
  note: z.string().optional(),
  count: z.number().int(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  tags: z.array(z.enum(["a", "b"])),
  totals: z.record(z.string(), z.number()),
  kind: z.union([
    z.object({ type: z.literal("x"), x: z.number() }),
    z.object({ type: z.literal("y") }),
  ]),
  createdAt: z.string(),
  more: z.object({ action: z.string() }).catchall(z.union([z.string(), z.number()])),
});

function writerFor(schema: z.ZodType) {
  return replySerializerCompiler({ schema, method: "GET", url: "/test", httpStatus: "200" });
}

describe("replies written from the contracts' JSON schemas", () => {
  it("writes what Zod's output stringifies to, key order, extra keys and nulls included", () => {
    const write = writerFor(Contract);
    const values = [
      {
        createdAt: "2026-12-02T00:00:00.000Z",
        id: "e1",
        note: "an optional before a required one",
        count: 3,
        owner: { name: "Ada", id: "u1", secret: "dropped" },
        tags: ["b", "a"],
        totals: { eur: 12, usd: 0 },
        kind: { type: "x", x: 1 },
        more: { days: 3, action: "answer", reason: "late" },
        extra: "dropped",
      },
      {
        id: "e2",
        count: 0,
        owner: null,
        tags: [],
        totals: {},
        kind: { type: "y" },
        more: { action: "wait" },
        createdAt: "2026-12-02T00:00:00.000Z",
        note: undefined,
      },
    ];
    for (const value of values) {
      expect(write(value)).toBe(JSON.stringify(Contract.parse(value)));
    }
    expect(replyWriterKind(Contract)).toBe("schema");
  });

  it("writes each branch of a union told apart by a tag as Zod does, whichever its place", () => {
    const Meta = z.object({ id: z.string(), at: z.string().nullable() });
    const Event = z.discriminatedUnion("type", [
      z.object({ type: z.literal("a"), payload: z.object({ n: z.number() }) }),
      z.object({ type: z.literal("b"), payload: z.object({ s: z.string().optional() }) }),
      z.object({ type: z.literal("c"), payload: z.object({ list: z.array(z.string()) }) }),
      z.object({ type: z.literal("d"), payload: z.object({}) }),
      z.object({ type: z.literal("e"), payload: z.object({ n: z.number().nullable() }) }),
    ]);
    const List = z.object({ events: z.array(z.intersection(Meta, Event)) });
    const payloads = {
      a: { n: 1, dropped: true },
      b: { s: "x" },
      c: { list: ["p", "q"] },
      d: {},
      e: { n: null },
    };
    const events = Object.entries(payloads).map(([type, payload], index) => ({
      payload,
      id: `e${index}`,
      type,
      at: index % 2 ? null : "2026-12-03T00:00:00.000Z",
    }));
    const write = writerFor(List);
    const value = { events: [...events, ...events.reverse()] };
    expect(write(value)).toBe(JSON.stringify(List.parse(value)));
    expect(replyWriterKind(List)).toBe("schema");
  });

  it("keeps Zod's writer for contracts whose JSON schema could mean something else", () => {
    expect(replyWriterKind(z.object({ at: z.date() }))).toBe("zod");
    expect(replyWriterKind(z.object({ n: z.string().transform((s) => s.length) }))).toBe("zod");
    expect(replyWriterKind(z.looseObject({ id: z.string() }))).toBe("zod");
  });

  it("fails, under the tests, a reply the contract does not allow", () => {
    const write = writerFor(Contract);
    expect(() => write({ id: 1 })).toThrow();
  });
});
