import { refreshCsrfToken, setApiLanguage } from "./shared/api/api-client";
import { detectInitialLocale } from "./shared/i18n/detect-locale";
import { loadMessages } from "./shared/i18n/messages";
import { startEarlyRequests } from "./app/early-requests";

// This entry stays small: it asks for the first screen's catalogue and data at once, and the
// app's code (React, the router, the pages) downloads beside them instead of before them.
const container = document.getElementById("root");
if (!container) throw new Error("index.html lacks the #root element");

const locale = detectInitialLocale();
setApiLanguage(locale);
// Fetched early so the first form submission does not wait for it; a failure is retried on use.
refreshCsrfToken().catch(() => undefined);
const early = startEarlyRequests(window.location.pathname);
// The first screen renders in its language at once: its catalogue is fetched before it.
const [{ start }] = await Promise.all([import("./app/start"), loadMessages(locale)]);
start(container, early);
