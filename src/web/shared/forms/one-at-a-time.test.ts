import { MutationObserver, QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { oneAtATimeOver } from "./use-one-at-a-time";

/** A mutation whose answer the test gives when it wants: the server, slow to answer. */
function slowMutation(client: QueryClient) {
  const sent: ((answer: string) => void)[] = [];
  const observer = new MutationObserver(client, {
    mutationFn: () => new Promise<string>((resolve) => sent.push(resolve)),
  });
  return { sent, send: () => void observer.mutate().catch(() => undefined) };
}

/** Lets the mutations run up to their request, or take their answer. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("one step at a time", () => {
  it("ignores a second click while the first one's request is unanswered, and runs one after", async () => {
    const client = new QueryClient();
    const oneAtATime = oneAtATimeOver(client.getMutationCache());
    const { sent, send } = slowMutation(client);

    expect(oneAtATime(send)).toBe(true);
    expect(oneAtATime(send)).toBe(false);
    await settle();
    expect(oneAtATime(send)).toBe(false);
    expect(sent).toHaveLength(1);

    sent[0]?.("answered");
    await settle();
    expect(oneAtATime(send)).toBe(true);
    await settle();
    expect(sent).toHaveLength(2);
  });

  it("waits for every step of a handler that sends in turn (upload, then hand in)", async () => {
    const client = new QueryClient();
    const oneAtATime = oneAtATimeOver(client.getMutationCache());
    const upload = slowMutation(client);
    const handIn = slowMutation(client);
    let isUploaded: () => void = () => undefined;
    const uploaded = new Promise<void>((resolve) => (isUploaded = resolve));
    oneAtATime(async () => {
      upload.send();
      await uploaded;
      handIn.send();
    });

    await settle();
    upload.sent[0]?.("files");
    isUploaded();
    await settle();
    expect(handIn.sent).toHaveLength(1);
    expect(oneAtATime(upload.send)).toBe(false);
    handIn.sent[0]?.("round 1");
    await settle();
    expect(oneAtATime(() => undefined)).toBe(true);
  });
});
