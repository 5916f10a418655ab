import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { Person, TestApp } from "../../support/test-app";
import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";

/** Small helpers for the messages, notifications and webhooks tests. */

export interface MessageBody {
  id: string;
  thread: string;
  author: { userId: string; name: string; side: "client" | "provider" };
  body: string;
  createdAt: string;
  isMine: boolean;
  otherSideReadAt: string | null;
  readBy: { userId: string; name: string; side: string; readAt: string }[];
  isReadByMe: boolean;
}

export interface WebhookBody {
  id: string;
  orgId: string;
  url: string;
  description: string;
  eventTypes: string[];
  isActive: boolean;
  secret?: string;
}

export interface DeliveryBody {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  status: "pending" | "sending" | "succeeded" | "failed";
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastProblem: string | null;
  lastError: string | null;
  replayOf: string | null;
  deliveredAt: string | null;
}

export interface DeliveryDetailBody extends DeliveryBody {
  payload: string;
  attemptLog: {
    attempt: number;
    statusCode: number | null;
    problem: string | null;
    error: string | null;
  }[];
}

export function bodyOf<T>(response: LightMyRequestResponse, status = 200): T {
  expect(response.statusCode, response.body).toBe(status);
  return response.json<T>();
}

export const SECOND = 1000;

/** Posts a message as the person, one second after the previous one, so the order is clear. */
export async function postMessage(
  t: TestApp,
  author: Person,
  engagementId: string,
  body: string,
  thread = "engagement",
): Promise<MessageBody> {
  t.clock.advance(SECOND);
  return bodyOf<MessageBody>(
    await author.client.post(`/api/v1/engagements/${engagementId}/messages`, { thread, body }),
    201,
  );
}

export async function listThread(
  reader: Person,
  engagementId: string,
  thread = "engagement",
): Promise<MessageBody[]> {
  const response = await reader.client.get(
    `/api/v1/engagements/${engagementId}/messages?thread=${encodeURIComponent(thread)}`,
  );
  return bodyOf<{ messages: MessageBody[] }>(response).messages;
}

/** The mail kept in the outbox for an address, oldest first. */
export function mailTo(t: TestApp, email: string) {
  return t.deps.db
    .selectFrom("mail_outbox")
    .select(["subject", "text_body", "locale"])
    .where("to_address", "=", email)
    .orderBy("created_at")
    .execute();
}

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A real HTTP receiver on 127.0.0.1 that keeps every request. It answers with the statuses
 * queued by `answerWith`, one per request, then with 200.
 */
export async function startReceiver(): Promise<{
  url: string;
  received: ReceivedRequest[];
  answerWith(...statuses: { status: number; headers?: Record<string, string> }[]): void;
  close(): Promise<void>;
}> {
  const received: ReceivedRequest[] = [];
  const answers: { status: number; headers?: Record<string, string> }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const answer = answers.shift() ?? { status: 200 };
      response.writeHead(answer.status, { "content-type": "text/plain", ...answer.headers });
      response.end(answer.status >= 400 ? `receiver says ${answer.status}` : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/accord`,
    received,
    answerWith: (...statuses) => answers.push(...statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
