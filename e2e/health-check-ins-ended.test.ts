import { describe, expect, test } from "vitest";
import { useJourney } from "./support/harness";
import { signedPair } from "./support/signed-agreement";

/**
 * The health tab's check-in panel once the work is done, in a real browser. While the one
 * milestone waits, the panel says no check-in is open and that the agreement sets how often one
 * opens; once its deliverable is accepted, it says check-ins ended and the engagement's reviews
 * ask instead, in English and, after the reader switches language, in French: never the old
 * "the agreement sets how often one opens" of an engagement still at work.
 */

const NONE = {
  en: "No check-in is open. The agreement sets how often one opens.",
  fr: "Aucun point d’étape n’est ouvert. L’accord fixe leur fréquence.",
};
const ENDED = {
  en: "Check-ins have ended: every milestone is accepted. The reviews of the engagement now ask both sides how it went.",
  fr: "Les points d’étape sont terminés : tous les jalons sont acceptés. Les avis sur la mission demandent maintenant aux deux parties comment elle s’est passée.",
};

const { baseUrl, person } = useJourney();

describe("the check-in panel once the work is complete, in Chromium", () => {
  test("says check-ins ended with the work, in English and in French, not how often they open", async () => {
    const run = Date.now().toString(36);
    const { p, c, client, provider, engagementId } = await signedPair({ baseUrl, person }, run);
    const base = `/engagements/${engagementId}`;
    const status = c.page.locator(".check-in-status");

    // The work under way: no window open yet, the agreement's cadence will open one.
    await c.page.goto(`${baseUrl()}${base}/health`);
    await c.page.getByRole("heading", { level: 2, name: "Relationship health" }).waitFor();
    await status.getByText(NONE.en).waitFor();

    // The one milestone's deliverable is accepted: the work of the agreement is complete.
    const round = await provider.post<{ id: string }>(`${base}/deliverables/d1/submissions`, {
      description: "Catalogue, cart and checkout, live.",
    });
    await client.post(`${base}/submissions/${round.id}/evaluation`, {
      verdicts: [
        { criterionId: "c1", isMet: true },
        { criterionId: "c2", isMet: true },
      ],
    });
    const checkIns = await client.get<{ isWorkComplete: boolean }>(`${base}/check-ins`);
    expect(checkIns.isWorkComplete).toBe(true);

    await c.page.reload();
    await status.getByText(ENDED.en).waitFor();
    expect(await status.textContent()).not.toContain("The agreement sets how often one opens");

    await Promise.all([
      c.page.waitForResponse(
        (response) =>
          response.url().endsWith("/api/v1/me") && response.request().method() === "PATCH",
      ),
      c.page.getByLabel("Language").selectOption("fr"),
    ]);
    await status.getByText(ENDED.fr).waitFor();
    expect(await status.textContent()).not.toContain(NONE.fr);
    expect(await c.page.locator("html").getAttribute("lang")).toBe("fr");

    await Promise.all([c.context.close(), p.context.close()]);
  });
});
