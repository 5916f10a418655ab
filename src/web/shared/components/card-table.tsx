import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { columnLabelsOf } from "../lib/column-labels";

/** Cells labelled here, whose label follows the header (a language switch re-words it). */
const labelledHere = new WeakSet<Element>();

/** Gives every body cell its column's header text as `data-label`, unless it was given its own. */
function labelCells(box: HTMLElement): void {
  for (const table of box.querySelectorAll("table")) {
    const headerRow = table.tHead?.rows[table.tHead.rows.length - 1];
    if (!headerRow) continue;
    const headers = [...headerRow.cells].map((cell) => ({
      text: cell.textContent ?? "",
      span: cell.colSpan,
    }));
    for (const body of table.tBodies) {
      for (const row of body.rows) {
        const cells = [...row.cells];
        const labels = columnLabelsOf(
          headers,
          cells.map((cell) => cell.colSpan),
        );
        cells.forEach((cell, index) => {
          const label = labels[index];
          const isOwnLabel = cell.hasAttribute("data-label") && !labelledHere.has(cell);
          if (cell.tagName !== "TD" || !label || isOwnLabel) return;
          if (cell.getAttribute("data-label") !== label) cell.setAttribute("data-label", label);
          labelledHere.add(cell);
        });
      }
    }
  }
}

/**
 * A table that scrolls within itself on a desktop and shows each row as a card on a phone,
 * where the header row is hidden: each cell then says which column it is (`data-label`, drawn
 * above the value), so a due date is never mistaken for an issue date. Rows added later (more
 * loaded, a payment recorded) are labelled as they appear. While the table is wider than its
 * box, the box takes the keyboard's focus (named after the table's caption), so the arrow keys
 * scroll what a mouse would.
 */
export function CardTable({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollsAs, setScrollsAs] = useState<string | null>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const isWider = element.scrollWidth > element.clientWidth + 1;
      setScrollsAs(isWider ? (element.querySelector("caption")?.textContent ?? "") : null);
    };
    const update = () => {
      labelCells(element);
      measure();
    };
    update();
    // Only children and text are watched: setting the labels (attributes) does not wake it.
    const observer = new MutationObserver(update);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    return () => {
      observer.disconnect();
      resize.disconnect();
    };
  }, []);
  const isScrollable = scrollsAs !== null;
  return (
    <div
      ref={box}
      className="table-scroll"
      tabIndex={isScrollable ? 0 : undefined}
      role={scrollsAs ? "region" : undefined}
      aria-label={isScrollable && scrollsAs ? scrollsAs : undefined}
    >
      {children}
    </div>
  );
}
