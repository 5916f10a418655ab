import { startTransition, useEffect, useState, type ReactNode } from "react";

/**
 * Renders `children` once the page around them has been painted: a part below the fold (a
 * long list, a panel of actions) then adds nothing to the work before the first screen shows,
 * on a phone the most of it. Rendered in a transition, it yields to the browser as it goes.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [isPainted, setIsPainted] = useState(false);
  useEffect(() => {
    // A timer set in the frame before the paint runs after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setIsPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return isPainted ? <>{children}</> : null;
}
