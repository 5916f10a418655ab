import type { Page } from "playwright-core";
import { expect } from "vitest";

/** A phone's screen, as the journeys at phone size use it. */
export const PHONE = { width: 390, height: 844 };

/**
 * Fails when the page is wider than the screen: someone would have to scroll sideways. The
 * message names the innermost elements that reach past the right edge, to say what to fix.
 */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // What scrolls within its own box (tabs, navigation, tables) cannot widen the page.
    const insideScrollBox = (element: HTMLElement) => {
      for (let e = element.parentElement; e; e = e.parentElement) {
        if (["auto", "scroll", "hidden"].includes(getComputedStyle(e).overflowX)) return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll<HTMLElement>("body *")].filter(
      (element) => element.getBoundingClientRect().right > width + 0.5 && !insideScrollBox(element),
    );
    const innermost = wide.filter(
      (element) => !wide.some((other) => element.contains(other) && other !== element),
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: width,
      culprits: innermost.slice(0, 5).map((element) => {
        const chain: string[] = [];
        for (let e: HTMLElement | null = element; e && chain.length < 8; e = e.parentElement) {
          chain.push(
            `${e.tagName.toLowerCase()}.${e.className}[${Math.round(e.getBoundingClientRect().width)}]`,
          );
        }
        return chain.join(" < ");
      }),
    };
  });
  expect(
    scrollWidth,
    `${what} scrolls sideways at ${clientWidth} px (past the edge: ${culprits.join(", ")})`,
  ).toBeLessThanOrEqual(clientWidth);
}

/**
 * Fails when a table's visible caption is squeezed narrower than its table: on a phone the
 * tables turn into cards, and a caption left in table layout there shrinks to one letter a line.
 */
export async function expectNoSqueezedCaption(page: Page, what: string): Promise<void> {
  const squeezed = await page.evaluate(() =>
    [...document.querySelectorAll("caption")]
      .filter((caption) => {
        const width = caption.getBoundingClientRect().width;
        const table = caption.closest("table")?.getBoundingClientRect().width ?? 0;
        // A caption hidden for screen readers alone is 1 px wide by design.
        return width > 1 && width < table / 2;
      })
      .map((caption) => caption.textContent ?? ""),
  );
  expect(squeezed, `${what} squeezes a table's caption`).toEqual([]);
}

/**
 * Fails when a phone shows a table's row as a card whose values do not say which column they
 * are: the header row is hidden there, so each cell under a named column must draw its name.
 */
export async function expectLabelledCardCells(page: Page, what: string): Promise<void> {
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableCellElement>(".table-scroll tbody td")]
      .filter((cell) => {
        const row = cell.parentElement as HTMLTableRowElement;
        if ([...row.cells].some((c) => c.colSpan > 1) || cell.getClientRects().length === 0)
          return false;
        const headerRow = cell.closest("table")?.tHead?.rows[0];
        const column = headerRow?.cells[cell.cellIndex]?.textContent?.trim() ?? "";
        const drawn = getComputedStyle(cell, "::before").content;
        return column !== "" && (drawn === "none" || drawn === "normal" || drawn === '""');
      })
      .map((cell) => {
        const headerRow = cell.closest("table")?.tHead?.rows[0];
        return headerRow?.cells[cell.cellIndex]?.textContent?.trim() ?? "";
      }),
  );
  expect([...new Set(unlabelled)], `${what} shows values without their column`).toEqual([]);
}

/**
 * Fails when a table wider than its box can be scrolled by a mouse but not by the keyboard (the
 * box takes no focus), or when no table on the page is that wide (the check would prove nothing).
 */
export async function expectWideTablesReachByKeyboard(page: Page, what: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".table-scroll")]
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => ({
        caption: box.querySelector("caption")?.textContent ?? "",
        tabIndex: box.tabIndex,
      })),
  );
  expect(wide.length, `${what} has no table wider than its box`).toBeGreaterThan(0);
  expect(
    wide.filter((table) => table.tabIndex < 0).map((table) => table.caption),
    `${what} has tables the keyboard cannot scroll`,
  ).toEqual([]);
}
