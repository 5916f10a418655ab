import { refreshCsrfToken, setApiLanguage } from "./shared/api/api-client";
import { detectInitialLocale, storeLocale } from "./shared/i18n/detect-locale";
import { loadMessages, openInLanguage } from "./shared/i18n/messages";
import { warmIntl } from "./shared/i18n/warm-intl";
import { startEarlyRequests } from "./app/early-requests";
import { isLocale } from "../i18n/locales";

// This entry stays small: it asks for the first screen's catalogue and data at once, and the
// app's code (React, the router, the pages) downloads beside them instead of before them.
const container = document.getElementById("root");
if (!container) throw new Error("index.html lacks the #root element");

const early = startEarlyRequests(window.location.pathname);
const detected = detectInitialLocale();
// An engagement's overview names its reader's language (who is signed in is in the page); else
// the language of the last visit is nearly always the account's. Its catalogue downloads beside
// the answer about who is signed in instead of after it.
const inPage = early.accountLocaleInPage;
const likely = isLocale(inPage) ? inPage : detected;
setApiLanguage(likely);
const likelyMessages = loadMessages(likely, "first");
likelyMessages.catch(() => undefined);
// A signed-in person's stored language wins, and only that catalogue is fetched: the first
// screen is not drawn in the device's language and then again in the account's. The answer
// about who is signed in is small and comes before the catalogue would.
const accountLocale = early.me.then(
  (me) => me?.user.locale ?? null,
  () => null,
);
const decided = accountLocale.then((account) => (isLocale(account) ? account : detected));
openInLanguage(decided);
const app = import("./app/start");
// An engagement's overview, the page people open most, is asked for beside the app, not after.
if (
  /^\/engagements\/[^/]+\/?$/.test(window.location.pathname) &&
  !/\/new\/?$/.test(window.location.pathname)
) {
  import("./app/routes/engagement-overview").catch(() => undefined);
}
// Once everything is asked for: the browser's Intl start-up, while the code downloads.
warmIntl(likely);
const locale = await decided;
if (locale !== detected) storeLocale(locale);
if (locale !== likely) {
  setApiLanguage(locale);
  warmIntl(locale);
}
// The first screen's part of the catalogue (the rest comes with the first page beyond it), and
// the first screen's data, so that React draws it whole in one pass.
const [{ start }] = await Promise.all([
  app,
  locale === likely ? likelyMessages : loadMessages(locale, "first"),
  early.settled,
]);
start(container, early);
// The CSRF token, so that the first form sent need not wait for it: asked once the first screen
// is under way, not beside its code and data on a slow link (a failure is retried on use).
setTimeout(() => void refreshCsrfToken().catch(() => undefined), 0);
