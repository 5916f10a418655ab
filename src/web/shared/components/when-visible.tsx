import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders `children` once the place they go comes near the screen: a panel below the fold
 * (a chart and its library) then costs nothing while the page first shows.
 */
export function WhenVisible({ children }: { children: ReactNode }) {
  const marker = useRef<HTMLDivElement>(null);
  const [isNear, setIsNear] = useState(false);
  useEffect(() => {
    const element = marker.current;
    if (!element || isNear) return;
    if (typeof IntersectionObserver === "undefined") return setIsNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setIsNear(true);
      },
      { rootMargin: "200px 0px" },
    );
    // Watched from after the page's first paint (a timer set in the frame before it): on a
    // phone the chart sits near the screen at once, and its code would otherwise be asked for,
    // and compete with the page, before anything is shown.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => observer.observe(element), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [isNear]);
  return isNear ? <>{children}</> : <div ref={marker} />;
}
