import { refreshCsrfToken, setApiLanguage } from "./shared/api/api-client";
import { detectInitialLocale, storeLocale } from "./shared/i18n/detect-locale";
import { loadMessages } from "./shared/i18n/messages";
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
const app = import("./app/start");
// Most often the account speaks the device's language: its catalogue is asked for at once.
loadMessages(detected).catch(() => undefined);
// A signed-in person's stored language wins; the first screen is drawn in it, not drawn in
// the device's language and then again in the account's.
const account = await early.me.then(
  (me) => me?.user.locale ?? null,
  () => null,
);
const locale = isLocale(account) ? account : detected;
if (locale !== detected) {
  storeLocale(locale);
  setApiLanguage(locale);
}
const [{ start }] = await Promise.all([app, loadMessages(locale)]);
start(container, early);
