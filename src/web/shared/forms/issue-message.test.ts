import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PasswordResetBody, SignUpBody } from "../../../contracts/auth";
import { RecordPaymentBody } from "../../../contracts/billing";
import { issueMessage, type FormWords } from "./issue-message";

/** Parses as the form does: the error map turns each issue into its catalogue message. */
function messagesOf(schema: z.ZodType, input: unknown, words?: FormWords) {
  const result = schema.safeParse(input, {
    error: (issue) => JSON.stringify(issueMessage(issue, words)),
  });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.join("."),
    ...(JSON.parse(issue.message) as object),
  }));
}

describe("form problems in human words, from the server's own contracts", () => {
  it("says an empty field is required, in the form's words when it has some", () => {
    const words: FormWords = { name: { required: "app.error.generic" } };
    expect(
      messagesOf(SignUpBody, { email: "a@b.co", password: "x".repeat(12), name: " " }, words),
    ).toEqual([{ path: "name", key: "app.error.generic" }]);
    expect(messagesOf(SignUpBody, { email: "", password: "x".repeat(12), name: "Ada" })).toEqual([
      { path: "email", key: "validation.required" },
    ]);
  });

  it("names the limit of a text too short or too long, and a mistyped e-mail address", () => {
    expect(messagesOf(PasswordResetBody, { token: "t", password: "short" })).toEqual([
      { path: "password", key: "validation.too_short", values: { minimum: 10 } },
    ]);
    expect(messagesOf(PasswordResetBody, { token: "t", password: "x".repeat(201) })).toEqual([
      { path: "password", key: "validation.too_long", values: { maximum: 200 } },
    ]);
    expect(
      messagesOf(SignUpBody, { email: "ada.example.com", password: "x".repeat(12), name: "Ada" }),
    ).toEqual([{ path: "email", key: "validation.invalid_email" }]);
  });

  it("says a date that is no day of the calendar is no day, as the server does", () => {
    expect(
      messagesOf(RecordPaymentBody, { amountMinor: 100, currency: "EUR", paidOn: "2026-02-30" }),
    ).toEqual([{ path: "paidOn", key: "validation.invalid_date" }]);
  });

  it("matches words to list items whatever their index", () => {
    const schema = z.object({ lines: z.array(z.object({ description: z.string().min(1) })) });
    const words: FormWords = { "lines.*.description": { required: "app.error.network" } };
    expect(
      messagesOf(schema, { lines: [{ description: "ok" }, { description: "" }] }, words),
    ).toEqual([{ path: "lines.1.description", key: "app.error.network" }]);
  });
});
