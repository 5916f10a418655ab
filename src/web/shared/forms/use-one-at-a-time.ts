import { useQueryClient, type MutationCache } from "@tanstack/react-query";
import { useRef } from "react";
import { untilAnswered } from "./until-answered";

/** Runs a step unless the previous one is unanswered; says whether it ran. */
export type OneAtATime = (start: () => unknown) => boolean;

/**
 * A guard over `cache`: `start` runs unless what the previous `start` sent (each mutation it
 * added to the cache) is still unanswered. Set at the first call itself, not at the next render.
 */
export function oneAtATimeOver(cache: MutationCache): OneAtATime {
  let isSending = false;
  return (start) => {
    if (isSending) return false;
    isSending = true;
    void untilAnswered(cache, async () => {
      await start();
    }).finally(() => {
      isSending = false;
    });
    return true;
  };
}

/**
 * The one way a step is sent, a form's submit (`submitWith`) or a button with nothing to fill
 * in: `oneAtATime(start)` (`oneAtATimeOver` the app's mutations). A double click, or a click on
 * a confirmation landing twice, arrives before `disabled={mutation.isPending}` reaches the page,
 * a render later.
 */
export function useOneAtATime(): OneAtATime {
  const mutations = useQueryClient().getMutationCache();
  const guard = useRef<OneAtATime | null>(null);
  guard.current ??= oneAtATimeOver(mutations);
  return guard.current;
}
