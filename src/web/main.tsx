import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AppProvider } from "./app/provider";
import { AppRouter } from "./app/router";
import { refreshCsrfToken } from "./shared/api/api-client";
import "./app/styles.css";

// Fetched early so the first form submission does not wait for it; a failure is retried on use.
refreshCsrfToken().catch(() => undefined);

const container = document.getElementById("root");
if (!container) throw new Error("index.html lacks the #root element");

createRoot(container).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
