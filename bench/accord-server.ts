import { startAccord } from "../src/server/start";
import { reportReady } from "./server-child";

const databaseUrl = process.argv[2];
if (!databaseUrl) throw new Error("usage: accord-server.ts <database url>");

// Silent logs: a log line per request would measure pino and the terminal, not Accord.
const accord = await startAccord({
  databaseUrl,
  port: 0,
  host: "127.0.0.1",
  mail: "outbox",
  seedDemo: false,
  logLevel: "silent",
});
reportReady(accord.url, () => accord.close());
