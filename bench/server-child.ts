/** What a server child tells the bench process once it listens. */
export interface ReadyMessage {
  type: "ready";
  url: string;
}

/**
 * Tells the parent where the server listens, and closes it when the parent asks (SIGTERM) or
 * goes away (the IPC channel closes), so a crashed bench never leaves servers behind.
 */
export function reportReady(url: string, close: () => Promise<void>): void {
  if (!process.send) throw new Error("run this server from bench/run.ts: it needs an IPC channel");
  const message: ReadyMessage = { type: "ready", url };
  process.send(message);
  let isClosing = false;
  const shutdown = () => {
    if (isClosing) return;
    isClosing = true;
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", shutdown);
  process.once("disconnect", shutdown);
}
