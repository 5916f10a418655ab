import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Fails when a heading skips levels on the way down (a level-3 heading straight under the
 * page's level-1 title): screen-reader users move by headings, and a skipped level reads as a
 * missing section. Names each heading that skips, with the one before it.
 */
export async function expectHeadingsInOrder(page: Page, what: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  const skips = await page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6")].filter(
      (heading) => heading.getClientRects().length > 0 && !heading.closest("dialog:not([open])"),
    );
    const found: string[] = [];
    headings.forEach((heading, index) => {
      const level = Number(heading.tagName[1]);
      const before = headings[index - 1];
      const previous = before ? Number(before.tagName[1]) : 0;
      if (level > previous + 1)
        found.push(
          `h${level} "${heading.textContent}" after h${previous} "${before?.textContent}"`,
        );
    });
    return found;
  });
  expect(skips, `${what} skips heading levels`).toEqual([]);
}
