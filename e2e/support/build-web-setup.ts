import { buildWebIfStale } from "./harness";

/** Journeys run side by side with other tests: the web app is built once, before any starts. */
export default async function buildWebOnce(): Promise<void> {
  await buildWebIfStale();
}
