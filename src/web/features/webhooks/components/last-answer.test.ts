import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider } from "react-intl";
import { describe, expect, it } from "vitest";
import { WEBHOOK_PROBLEMS, type WebhookProblem } from "../../../../domain/webhooks/webhook-problem";
import { webFr } from "../../../i18n/messages/fr";
import { LastAnswer } from "./delivery-attempts";

function lastAnswerIn(
  messages: Record<string, string>,
  locale: string,
  props: { statusCode: number | null; problem: WebhookProblem | null; detail: string | null },
): string {
  return renderToStaticMarkup(
    createElement(IntlProvider, { locale, messages }, createElement(LastAnswer, props)),
  );
}

const FRENCH: Record<WebhookProblem, string> = {
  invalid_url: "L’adresse du point de terminaison n’est pas une URL valide",
  redirect_not_followed: "Redirection non suivie",
  timeout: "Aucune réponse en 10 secondes",
  address_refused: "Refusé : adresse non publique",
  unresolvable: "Le nom d’hôte ne correspond à aucune adresse",
  request_failed: "La requête a échoué",
  receiver_refused: "Le point de terminaison a refusé l’envoi",
};

describe("a webhook delivery's last answer", () => {
  it.each(WEBHOOK_PROBLEMS)("reads %s in French, the detail after it as code", (problem) => {
    const html = lastAnswerIn(webFr, "fr", { statusCode: null, problem, detail: "ECONNRESET" });
    expect(html).toBe(`${FRENCH[problem]} · <code class="delivery-error">ECONNRESET</code>`);
  });

  it("puts the status first and shows the receiver's own text untranslated", () => {
    const html = lastAnswerIn(webFr, "fr", {
      statusCode: 500,
      problem: "receiver_refused",
      detail: "Internal Server Error",
    });
    expect(html).toBe(
      'HTTP 500 · Le point de terminaison a refusé l’envoi · <code class="delivery-error">Internal Server Error</code>',
    );
  });

  it("shows an attempt logged before problem codes by its detail alone", () => {
    const html = lastAnswerIn(webFr, "fr", {
      statusCode: null,
      problem: null,
      detail: "The request failed",
    });
    expect(html).toBe('<code class="delivery-error">The request failed</code>');
  });
});
