import { describe, expect, it } from "vitest";
import { CreateWebhookBody } from "../../../contracts/webhooks";
import { checkForm } from "../../shared/forms/use-contract-form";
import { CREATE_WEBHOOK_WORDS } from "./create-webhook-form-state";

const check = (url: string, description = "") =>
  checkForm(
    CreateWebhookBody,
    { url, description, eventTypes: [] },
    { words: CREATE_WEBHOOK_WORDS },
    "en",
  );

describe("the webhook form, checked with the server's contract", () => {
  it("asks for the address and names a description past its limit, sending nothing", async () => {
    const checked = await check("  ", "x".repeat(201));
    expect(checked.data).toBeNull();
    expect(checked.problems).toEqual([
      { path: "url", message: { key: "form.webhook.urlMissing" } },
      { path: "description", message: { key: "validation.too_long", values: { maximum: 200 } } },
    ]);
  });

  it("passes an endpoint for every event type", async () => {
    expect((await check(" https://hooks.example.com/accord ")).data).toEqual({
      url: "https://hooks.example.com/accord",
      description: "",
      eventTypes: [],
    });
  });
});
