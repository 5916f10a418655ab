import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/server/db/connect";
import { ManualClock } from "../../src/server/platform/clock";
import { randomIds } from "../../src/server/platform/ids";
import { createMailer } from "../../src/server/platform/mailer";
import { DIALECTS, freshDatabase } from "../support/databases";
import { startSmtpPeer } from "../support/smtp-peer";

const FIFTEEN_MINUTES = 15 * 60_000;

function mailerAt(
  handle: DatabaseHandle,
  clock: ManualClock,
  transport: string,
  options: { closeGraceMs?: number } = {},
) {
  return createMailer({
    db: handle.db,
    transport,
    from: "Accord <no-reply@accord.test>",
    clock,
    ids: randomIds,
    logger: pino({ level: "silent" }),
    ...options,
  });
}

/** One e-mail, claimed to send as a process that stopped mid-send would have left it. */
async function enqueueClaimed(
  handle: DatabaseHandle,
  mailer: ReturnType<typeof mailerAt>,
  subject: string,
  claim: { attempts: number; leaseUntil: string },
) {
  await mailer.enqueue(handle.db, {
    to: "noor@example.test",
    locale: "en",
    subject,
    text: subject,
  });
  await handle.db
    .updateTable("mail_outbox")
    .set({ status: "sending", attempts: claim.attempts, lease_until: claim.leaseUntil })
    .execute();
}

function outboxRowOf(handle: DatabaseHandle) {
  return handle.db
    .selectFrom("mail_outbox")
    .select(["status", "attempts", "lease_until"])
    .executeTakeFirstOrThrow();
}

/** An SMTP server that takes the connection and never says a word: a send to it hangs. */
async function startSilentSmtpServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

describe.each(DIALECTS)("an e-mail whose sending was cut off, on %s", (dialect) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
  });

  it("does not hold the shutdown for a silent SMTP server, and leaves the e-mail claimed under its lease", async () => {
    handle = await freshDatabase(dialect);
    const clock = new ManualClock(new Date("2026-12-05T09:00:00Z"));
    const silent = await startSilentSmtpServer();
    const mailer = mailerAt(handle, clock, silent.url, { closeGraceMs: 50 });
    await mailer.enqueue(handle.db, {
      to: "noor@example.test",
      locale: "en",
      subject: "Hi",
      text: "Hi",
    });
    mailer.deliverSoon();
    await expect
      .poll(async () => (await outboxRowOf(handle!)).status, { timeout: 30_000 })
      .toBe("sending");

    // The send waits for a greeting that never comes (nodemailer would wait 30 s): closing does not.
    await mailer.close();
    mailer.deliverSoon(); // after close: starts nothing
    expect(await outboxRowOf(handle)).toEqual({
      status: "sending",
      attempts: 1,
      lease_until: new Date(clock.now().getTime() + FIFTEEN_MINUTES).toISOString(),
    });

    // When the server finally drops the connection, the failed send hands the e-mail back.
    await silent.close();
    await expect
      .poll(async () => (await outboxRowOf(handle!)).status, { timeout: 30_000 })
      .toBe("pending");
  });

  it("offers an e-mail again once the claim of a process that stopped while sending runs out", async () => {
    handle = await freshDatabase(dialect);
    const clock = new ManualClock(new Date("2026-12-05T09:00:00Z"));
    const smtp = await startSmtpPeer();
    try {
      const mailer = mailerAt(handle, clock, smtp.url);
      const leaseUntil = new Date(clock.now().getTime() + FIFTEEN_MINUTES);
      await enqueueClaimed(handle, mailer, "Your invitation", {
        attempts: 1,
        leaseUntil: leaseUntil.toISOString(),
      });

      clock.set(new Date(leaseUntil.getTime() - 1));
      expect(await mailer.deliverPending()).toBe(0);
      expect((await outboxRowOf(handle)).status).toBe("sending");

      clock.set(leaseUntil);
      expect(await mailer.deliverPending()).toBe(1);
      expect(smtp.received.map((mail) => mail.subject)).toEqual(["Your invitation"]);
      expect(await outboxRowOf(handle)).toMatchObject({ status: "sent", attempts: 2 });
      await mailer.close();
    } finally {
      await smtp.close();
    }
  });

  it("gives an interrupted e-mail up once its attempts are spent", async () => {
    handle = await freshDatabase(dialect);
    const clock = new ManualClock(new Date("2026-12-05T09:00:00Z"));
    const smtp = await startSmtpPeer();
    try {
      const mailer = mailerAt(handle, clock, smtp.url);
      await enqueueClaimed(handle, mailer, "A", {
        attempts: 5,
        leaseUntil: "2026-12-05T08:59:59.999Z",
      });

      expect(await mailer.deliverPending()).toBe(0);
      expect(smtp.received).toEqual([]);
      const row = await handle.db
        .selectFrom("mail_outbox")
        .select(["status", "lease_until"])
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: "failed", lease_until: null });
      await mailer.close();
    } finally {
      await smtp.close();
    }
  });
});
