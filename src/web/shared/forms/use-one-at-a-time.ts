import { useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { untilAnswered } from "./until-answered";

/**
 * The one way a step is sent, a form's submit (`submitWith`) or a button with nothing to fill
 * in: `oneAtATime(start)` runs `start` unless what the previous `start` sent (each mutation it
 * added to the query cache) is still unanswered, and says whether it ran. A double click, or a
 * click on a confirmation landing twice, arrives before `disabled={mutation.isPending}` reaches
 * the page, a render later; this guard is set at the first click itself.
 */
export function useOneAtATime(): (start: () => unknown) => boolean {
  const mutations = useQueryClient().getMutationCache();
  const isSending = useRef(false);
  return (start) => {
    if (isSending.current) return false;
    isSending.current = true;
    void untilAnswered(mutations, async () => {
      await start();
    }).finally(() => {
      isSending.current = false;
    });
    return true;
  };
}
