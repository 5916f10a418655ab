import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AppProvider } from "./app/provider";
import { AppRouter } from "./app/router";
import { refreshCsrfToken } from "./shared/api/api-client";
import { detectInitialLocale } from "./shared/i18n/detect-locale";
import { loadMessages } from "./shared/i18n/messages";
import "./app/styles.css";

// Fetched early so the first form submission does not wait for it; a failure is retried on use.
refreshCsrfToken().catch(() => undefined);

const container = document.getElementById("root");
if (!container) throw new Error("index.html lacks the #root element");

// The first screen renders in its language at once: its catalogue is fetched before it.
await loadMessages(detectInitialLocale());
createRoot(container).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
