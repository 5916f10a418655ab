import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import type { DialectName } from "../../src/server/db/connect";
import {
  buildTestApp,
  releaseSnapshot,
  snapshotAndClose,
  TestClient,
  type AppSnapshot,
  type TestApp,
} from "./test-app";

type BuildOptions = NonNullable<Parameters<typeof buildTestApp>[1]>;

/**
 * The same world with every browser in it (a `TestClient`, however deep) replaced by a copy
 * talking to `app`: the people of a world built on one app, logged in on a copy of it.
 */
export function rebind<W>(world: W, app: FastifyInstance): W {
  if (world instanceof TestClient) return world.copyFor(app) as W;
  if (Array.isArray(world)) return world.map((item: unknown) => rebind(item, app)) as W;
  if (
    world !== null &&
    typeof world === "object" &&
    Object.getPrototypeOf(world) === Object.prototype
  ) {
    return Object.fromEntries(
      Object.entries(world).map(([key, value]) => [key, rebind(value, app)]),
    ) as W;
  }
  return world;
}

export interface WorldCopies<W> {
  /** A new app over a fresh copy of the world's database and files, and its people on it. */
  copy(): Promise<{ t: TestApp; w: W }>;
}

/**
 * A world the tests of a describe block start from, built once (in `beforeAll`) and copied for
 * each test: every test still gets a database of its own, as if it had built the world itself,
 * without paying for the sign-ups and steps that build it. Call it inside the block; `options`
 * are the test app's, the same for the world and every copy.
 */
export function worldCopies<W>(
  dialect: DialectName,
  build: (t: TestApp) => Promise<W>,
  options: Omit<BuildOptions, "from"> = {},
): WorldCopies<W> {
  let built: { snapshot: AppSnapshot; world: W } | undefined;
  beforeAll(async () => {
    const t = await buildTestApp(dialect, options);
    try {
      const world = await build(t);
      built = { world, snapshot: await snapshotAndClose(t) };
    } catch (error) {
      await t.close();
      throw error;
    }
  });
  afterAll(async () => {
    if (built) await releaseSnapshot(built.snapshot);
  });
  return {
    async copy() {
      if (!built) throw new Error("the world is not built yet");
      const t = await buildTestApp(dialect, { ...options, from: built.snapshot });
      return { t, w: rebind(built.world, t.app) };
    },
  };
}
