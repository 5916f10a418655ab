import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { meQueryOptions } from "../features/auth/api/get-me";
import { engagementQueryOptions } from "../features/engagements/api/get-engagement";
import { createQueryClient } from "../shared/api/query-client";
import type { EarlyRequests } from "./early-requests";
import { AppProvider } from "./provider";
import { AppRouter } from "./router";
import "./styles.css";

/**
 * Renders the app into `container`, its cache seeded with the requests `main.tsx` started:
 * the pages that need them find them under way instead of asking once React has drawn.
 */
export function start(container: HTMLElement, early: EarlyRequests): void {
  const queryClient = createQueryClient();
  void queryClient.prefetchQuery({ ...meQueryOptions, queryFn: () => early.me });
  if (early.engagement) {
    const { id, response } = early.engagement;
    void queryClient.prefetchQuery({ ...engagementQueryOptions(id), queryFn: () => response });
  }
  createRoot(container).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <AppRouter />
      </AppProvider>
    </StrictMode>,
  );
}
