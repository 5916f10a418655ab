// `accord serve` from the compiled build, as `npm start` runs it, for the bench's load cases:
// the bench gives the heap flags itself, and the server ends at once if the bench goes away
// (the IPC channel closes), as a server under `bin/accord.js`'s wrapper does.
import { stopWithWrapper } from "../bin/server-heap.js";

process.env.ACCORD_SERVE_UNDER_BUDGET = "1";
stopWithWrapper();
await import("../dist/server/accord.js");
