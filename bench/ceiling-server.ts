import Fastify from "fastify";
import { reportReady } from "./server-child";

// The machine's ceiling: the same framework and runtime as Accord, with nothing behind the route.
const app = Fastify({ logger: false });
app.get("/", () => ({ ok: true }));
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
if (typeof address !== "object" || !address) throw new Error("the ceiling server has no address");
reportReady(`http://127.0.0.1:${address.port}`, () => app.close());
