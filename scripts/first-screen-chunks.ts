// How the app's own code is cut into files, so that an engagement's overview (the page people
// open most) loads a handful of files rather than a score of small ones: on a phone's link each
// file costs a round trip before its bytes, and over HTTP/1.1 they queue six at a time behind
// the API calls. Without it Rollup splits the code by the set of pages that share it, which
// gave the overview 17 scripts before it could draw, ten of them under 1 KB.
import type { Rollup } from "vite";

type ModuleInfo = (id: string) => Rollup.ModuleInfo | null;

/** The entries and first-screen modules, by how their path ends. */
const LOG_IN_ENTRY = "/src/web/log-in/log-in-page.ts";
const APP_ENTRY = "/src/web/main.tsx";
const FIRST_SCREEN = [
  "/src/web/app/start.tsx",
  "/src/web/app/routes/engagement.tsx",
  "/src/web/app/routes/engagement-overview.tsx",
];

/** Every module `roots` import statically, themselves included. */
function staticClosure(roots: string[], info: ModuleInfo): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of info(id)?.importedIds ?? []) visit(next);
  };
  for (const root of roots) visit(root);
  return seen;
}

interface Sets {
  /** Code of the log-in page the app uses too (the catalogue loader, the styles). */
  common: Set<string>;
  /** What the app's entry runs before the app: the first requests. */
  boot: Set<string>;
  /** The app's frame and an engagement's overview. */
  app: Set<string>;
}

function setsOf(info: ModuleInfo, ids: Iterable<string>): Sets {
  const all = [...ids];
  const find = (suffix: string) => {
    const id = all.find((candidate) => candidate.endsWith(suffix));
    if (!id) throw new Error(`${suffix} is not in the build`);
    return id;
  };
  const logIn = staticClosure([find(LOG_IN_ENTRY)], info);
  const entry = staticClosure([find(APP_ENTRY)], info);
  const firstScreen = staticClosure(FIRST_SCREEN.map(find), info);
  const isOwn = (id: string) => !id.includes("/node_modules/") && !id.startsWith("\0");
  const common = new Set(
    [...logIn].filter((id) => isOwn(id) && (entry.has(id) || firstScreen.has(id))),
  );
  // The entry module itself stays the entry's file, which imports these.
  const boot = new Set(
    [...entry].filter((id) => isOwn(id) && !common.has(id) && !id.endsWith(APP_ENTRY)),
  );
  const app = new Set(
    [...firstScreen].filter((id) => isOwn(id) && !common.has(id) && !boot.has(id)),
  );
  return { common, boot, app };
}

/** `manualChunks` for the app's own modules: `common`, `boot` (with the entry) and `app`. */
export function firstScreenChunks(): (
  id: string,
  meta: Rollup.ManualChunkMeta,
) => string | undefined {
  let sets: Sets | undefined;
  return (id, meta) => {
    sets ??= setsOf(meta.getModuleInfo, meta.getModuleIds());
    if (sets.common.has(id)) return "common";
    if (sets.boot.has(id)) return "boot";
    if (sets.app.has(id)) return "app";
    return undefined;
  };
}
