import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fr } from "../../src/i18n/messages/fr";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../support/test-app";
import { createOrg, expectError } from "../api/api-fixtures";

describe.each(DIALECTS)("text that cannot be stored, and empty updates, on %s", (dialect) => {
  let t: TestApp;
  let ada: Person;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    ada = await signUpPerson(t.app, "Ada");
  });
  afterEach(async () => {
    await t.close();
  });

  const orgCount = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom("organisations")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("a NUL character in a text field is a 400 naming the field, and nothing is stored", async () => {
    const response = await ada.client.post("/api/v1/orgs", {
      name: "Acme\u0000Ltd",
      kind: "client",
    });

    const error = expectError(response, 400, "validation_failed");
    expect(error.fields).toEqual([
      { path: "name", code: "invalid_text", message: expect.stringContaining("NUL") as string },
    ]);
    expect(await orgCount()).toBe(0);
  });

  it("a lone surrogate is refused the same way, deep inside a body", async () => {
    // JSON.stringify writes a lone surrogate as the escape \ud800, as a client would send it.
    const response = await ada.client.post("/api/v1/orgs", { name: "Acme \ud800", kind: "client" });
    expect(JSON.stringify({ s: "\ud800" })).toBe('{"s":"\\ud800"}');

    const error = expectError(response, 400, "validation_failed");
    expect(error.fields?.map((f) => [f.path, f.code])).toEqual([["name", "invalid_text"]]);
    expect(await orgCount()).toBe(0);
  });

  it("a paired surrogate (an emoji) is text like any other", async () => {
    const response = await ada.client.post("/api/v1/orgs", { name: "Acme 🚀", kind: "client" });

    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<{ name: string }>().name).toBe("Acme 🚀");
  });

  it("the refusal is in the reader's language", async () => {
    const amelie = await signUpPerson(t.app, "Amelie", "fr");

    const response = await amelie.client.post("/api/v1/orgs", { name: "x\u0000", kind: "client" });

    const error = expectError(response, 400, "validation_failed");
    expect(error.fields?.[0]?.message).toBe(fr["validation.invalid_text"]);
  });

  it("a NUL in a path parameter or the query string is a 400, not a database error", async () => {
    // Every engagement read, since on PostgreSQL the id goes into the session's statement.
    for (const path of ["", "/health", "/events"]) {
      for (const id of ["abc%00def", "x".repeat(65)]) {
        expectError(
          await ada.client.get(`/api/v1/engagements/${id}${path}`),
          400,
          "validation_failed",
        );
      }
    }
    expectError(await ada.client.get("/api/v1/engagements?status=%00"), 400, "validation_failed");
  });

  it("text is stored in Unicode NFC, whichever form was typed", async () => {
    const decomposed = "Cafe\u0301 Ne\u0301ron";
    const org = await ada.client.post("/api/v1/orgs", { name: decomposed, kind: "client" });

    expect(org.json<{ name: string }>().name).toBe("Café Néron");
    const row = await t.deps.db
      .selectFrom("organisations")
      .select("name")
      .executeTakeFirstOrThrow();
    expect(row.name).toBe("Caf\u00e9 N\u00e9ron");
  });

  it("PATCH of a webhook with {} or only unknown fields is a 400 and changes nothing", async () => {
    const org = await createOrg(ada, "provider");
    const hooks = `/api/v1/orgs/${org.id}/webhooks`;
    const created = await ada.client.post(hooks, { url: "http://127.0.0.1:9/hook" });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;

    for (const body of [{}, { colour: "blue" }, { isactive: false }]) {
      const error = expectError(
        await ada.client.patch(`${hooks}/${id}`, body),
        400,
        "validation_failed",
      );
      expect(error.fields?.map((f) => f.code)).toEqual(["nothing_to_update"]);
    }
    const after = await ada.client.get(hooks);
    expect(after.json<{ webhooks: { isActive: boolean }[] }>().webhooks[0]?.isActive).toBe(true);
  });

  it("every partial update refuses an empty body; unknown fields beside a known one are ignored", async () => {
    expectError(await ada.client.patch("/api/v1/me", {}), 400, "validation_failed");
    expectError(
      await ada.client.request("PUT", "/api/v1/me/notification-preferences", {}),
      400,
      "validation_failed",
    );

    const renamed = await ada.client.patch("/api/v1/me", { name: "Ada L.", shoeSize: 38 });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<{ user: { name: string } }>().user.name).toBe("Ada L.");
  });
});
