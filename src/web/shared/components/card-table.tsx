import { useLayoutEffect, useRef, type ReactNode } from "react";
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
 * loaded, a payment recorded) are labelled as they appear.
 */
export function CardTable({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    labelCells(element);
    // Only children and text are watched: setting the labels (attributes) does not wake it.
    const observer = new MutationObserver(() => labelCells(element));
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="table-scroll">
      {children}
    </div>
  );
}
