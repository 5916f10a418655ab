import type { MutationCache } from "@tanstack/react-query";

/**
 * Runs `submit` and resolves once every request it started (a mutation it added to `cache`)
 * has its answer. A form is sending from its submit until then: what it sends is known only
 * through the mutations its handler starts, and a mutation's `isPending` reaches the page a
 * render later, after a second click may already have landed.
 */
export async function untilAnswered(
  cache: MutationCache,
  submit: () => Promise<void>,
): Promise<void> {
  const before = new Set(cache.getAll());
  await submit();
  const started = cache.getAll().filter((mutation) => !before.has(mutation));
  const isAnswered = () => started.every((mutation) => mutation.state.status !== "pending");
  if (isAnswered()) return;
  await new Promise<void>((resolve) => {
    const unsubscribe = cache.subscribe(() => {
      if (!isAnswered()) return;
      unsubscribe();
      resolve();
    });
  });
}
