/**
 * How a language's catalogue travels to the browser, in two parts: the first screen's (the
 * log-in page, the app's frame and an engagement's overview, a few kilobytes) before anything
 * shows, and the rest once the first screen is drawn. The build cuts both parts from the
 * catalogues (`catalogueParts` in vite.config.ts), so a key added anywhere in a catalogue falls
 * into its part by the rules below, with nothing to regenerate.
 */
export type CataloguePart = "first" | "rest";

/**
 * Keys the first screen draws, by prefix (a whole key is its own prefix). The test beside this
 * file reads the first screen's modules and fails on a key they use that these rules leave out.
 */
export const FIRST_SCREEN_PREFIXES: readonly string[] = [
  "app.",
  "account.",
  "auth.",
  "field.",
  "locale.",
  "nav.",
  "testClock.",
  "role.",
  "orgKind.",
  "org.switcher.",
  "org.create.short",
  "org.create.link",
  "engagement.",
  "engagements.sort.",
  "messages.thread.unread",
  "reputation.",
  "billing.chart.",
  // The overview asks before withdrawing a pending proposal (ConfirmDialog's one own word).
  "confirm.cancel",
];

/**
 * The server catalogue's keys the web app shows (role and organisation-kind names, the generic
 * form messages); the rest of it (e-mails, documents, API errors) is the server's to say.
 */
export const SERVER_PREFIXES_FOR_WEB: readonly string[] = [
  "validation.",
  "role.",
  "orgKind.",
  // The evaluation form says what the server would: an unmet criterion needs its reason.
  "evaluation.reason_required",
  // A standard hand-over item: the server words it in e-mails and `dutyText`, the web in its
  // checklist and in notifications, from the one catalogue entry.
  "exit.handover.",
  // A health warning's reason and next step: the API says them (`reasonText`, `nextStepText`),
  // the health tab from the same entries.
  "health.warning.",
  "health.next.",
  // The step that would raise a score most: the API's `improvement.text` and the health tab's
  // improvement line, from the same entries (`health-improvement-words.ts`).
  "health.improve.",
];

export function isServerKeyForWeb(key: string): boolean {
  return SERVER_PREFIXES_FOR_WEB.some((prefix) => key.startsWith(prefix));
}

export function partOf(key: string): CataloguePart {
  return FIRST_SCREEN_PREFIXES.some((prefix) => key.startsWith(prefix)) ? "first" : "rest";
}

/** One part of a language's catalogue: the server's keys the web shows, then the web's own. */
export function cataloguePart(
  server: Record<string, string>,
  web: Record<string, string>,
  part: CataloguePart,
): Record<string, string> {
  const selected: Record<string, string> = {};
  for (const [key, text] of Object.entries(server))
    if (isServerKeyForWeb(key) && partOf(key) === part) selected[key] = text;
  for (const [key, text] of Object.entries(web)) if (partOf(key) === part) selected[key] = text;
  return selected;
}
