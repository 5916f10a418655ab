#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's loader, so there is no separate
// compile step to forget: `npx accord …` always runs the code that is checked out.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
