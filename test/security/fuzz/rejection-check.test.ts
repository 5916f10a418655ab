import { describe, expect, it } from "vitest";
import { rejectionProblems } from "./rejection-check";

const shaped = JSON.stringify({ error: { code: "validation_failed", message: "Invalid." } });

describe("the fuzzing proof's checker reports a bad answer as a failure", () => {
  it("passes a 4xx in the error shape that changed nothing, and any 2xx", () => {
    expect(rejectionProblems({ status: 400, body: shaped, changedTables: [] })).toEqual([]);
    expect(rejectionProblems({ status: 201, body: "{}", changedTables: ["invoices"] })).toEqual([]);
  });

  it("fails a 500, even in the error shape", () => {
    const body = JSON.stringify({ error: { code: "internal", message: "Oops." } });
    expect(rejectionProblems({ status: 500, body, changedTables: [] })).toEqual([
      "status 500 is not a 4xx",
    ]);
  });

  it("fails a 4xx outside the error shape", () => {
    for (const body of [
      "Bad Request",
      JSON.stringify({ statusCode: 400, code: "FST_ERR_BAD_URL", message: "bad" }),
      JSON.stringify({ error: { code: "bad_request" } }),
      JSON.stringify({ error: { code: "bad_request", message: "x" }, url: "/x" }),
    ]) {
      expect(rejectionProblems({ status: 400, body, changedTables: [] }), body).not.toEqual([]);
    }
  });

  it("fails a rejection that changed the database", () => {
    expect(rejectionProblems({ status: 422, body: shaped, changedTables: ["invoices"] })).toEqual([
      "the database changed: invoices",
    ]);
  });

  it("fails an answer that repeats the probe", () => {
    const body = JSON.stringify({ error: { code: "bad_request", message: "'/probe' is bad" } });
    expect(
      rejectionProblems({ status: 400, body, changedTables: [], mustNotEcho: "probe" }),
    ).toEqual(["the answer repeats the probe"]);
  });

  it("fails a redirect or any other non-4xx refusal", () => {
    expect(rejectionProblems({ status: 302, body: shaped, changedTables: [] })).toEqual([
      "status 302 is not a 4xx",
    ]);
  });
});
