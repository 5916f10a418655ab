import { refreshCsrfToken, setApiLanguage } from "./shared/api/api-client";
import { detectInitialLocale, storeLocale } from "./shared/i18n/detect-locale";
import { loadMessages } from "./shared/i18n/messages";
import { warmIntl } from "./shared/i18n/warm-intl";
import { startEarlyRequests } from "./app/early-requests";
import { isLocale } from "../i18n/locales";

// This entry stays small: it asks for the first screen's catalogue and data at once, and the
// app's code (React, the router, the pages) downloads beside them instead of before them.
const container = document.getElementById("root");
if (!container) throw new Error("index.html lacks the #root element");

const detected = detectInitialLocale();
setApiLanguage(detected);
// Fetched early so the first form submission does not wait for it; a failure is retried on use.
refreshCsrfToken().catch(() => undefined);
const early = startEarlyRequests(window.location.pathname);
warmIntl(detected);
// The language of the last visit is nearly always the account's: its catalogue downloads
// beside the answer about who is signed in instead of after it.
const likelyMessages = loadMessages(detected, "first");
likelyMessages.catch(() => undefined);
const app = import("./app/start");
// An engagement's overview, the page people open most, is asked for beside the app, not after.
if (
  /^\/engagements\/[^/]+\/?$/.test(window.location.pathname) &&
  !/\/new\/?$/.test(window.location.pathname)
) {
  import("./app/routes/engagement-overview").catch(() => undefined);
}
// A signed-in person's stored language wins, and only that catalogue is fetched: the first
// screen is not drawn in the device's language and then again in the account's. The answer
// about who is signed in is small and comes before the catalogue would.
const account = await early.me.then(
  (me) => me?.user.locale ?? null,
  () => null,
);
const locale = isLocale(account) ? account : detected;
if (locale !== detected) {
  storeLocale(locale);
  setApiLanguage(locale);
  warmIntl(locale);
}
// The first screen's part of the catalogue (the rest comes with the first page beyond it), and
// the first screen's data, so that React draws it whole in one pass.
const [{ start }] = await Promise.all([
  app,
  locale === detected ? likelyMessages : loadMessages(locale, "first"),
  early.settled,
]);
start(container, early);
