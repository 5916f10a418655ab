import type { ComponentType } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { RootLayout } from "./layout/root-layout";
import { BareLayout } from "./routes/bare-layout";
import { NotFoundRoute } from "./routes/not-found";
import { RequireAuth } from "./routes/require-auth";
import { RouteError } from "./routes/route-error";
import { wholeCatalogue } from "../shared/i18n/messages";

/**
 * Each page is a chunk of its own, fetched when it is first opened: the log-in page does not
 * carry the engagement pages' code. A page draws once the whole catalogue is there too, except
 * the first screen's (`isFirstScreen`), whose keys come first (see `catalogue-parts.ts`).
 */
function lazyRoute<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
  { isFirstScreen = false } = {},
): () => Promise<{ Component: ComponentType }> {
  return async () => {
    const [module] = await Promise.all([load(), isFirstScreen ? null : wholeCatalogue()]);
    return { Component: module[name] };
  };
}

/**
 * What shows while the first page's code loads: nothing, as before a fallback was named; naming
 * it keeps React Router from warning in the console on every page opened afresh.
 */
function NothingYet() {
  return null;
}

const router = createBrowserRouter([
  {
    // Printable documents (the agreement, an invoice) stand alone: no header, no navigation.
    element: <BareLayout />,
    errorElement: <RouteError />,
    HydrateFallback: NothingYet,
    children: [
      {
        element: <RequireAuth />,
        children: [
          {
            path: "engagements/:engagementId/agreement/print",
            lazy: lazyRoute(() => import("./routes/agreement-print"), "AgreementPrintRoute"),
          },
          {
            path: "engagements/:engagementId/invoices/:invoiceId/print",
            lazy: lazyRoute(() => import("./routes/invoice-print"), "InvoicePrintRoute"),
          },
        ],
      },
    ],
  },
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    HydrateFallback: NothingYet,
    children: [
      { path: "login", lazy: lazyRoute(() => import("./routes/login"), "LoginRoute") },
      { path: "signup", lazy: lazyRoute(() => import("./routes/signup"), "SignupRoute") },
      {
        path: "forgot-password",
        lazy: lazyRoute(() => import("./routes/forgot-password"), "ForgotPasswordRoute"),
      },
      {
        path: "reset-password/:token",
        lazy: lazyRoute(() => import("./routes/reset-password"), "ResetPasswordRoute"),
      },
      // Reachable signed out: the page itself offers to log in or sign up and come back.
      {
        path: "invitations/:token",
        lazy: lazyRoute(() => import("./routes/invitation"), "InvitationRoute"),
      },
      // A mail's unsubscribe link opened in a browser lands here (RFC 8058): no log-in needed.
      {
        path: "unsubscribe/:token",
        lazy: lazyRoute(() => import("./routes/unsubscribe"), "UnsubscribeRoute"),
      },
      // The model is public: anyone may read how both sides are scored before signing up.
      {
        path: "how-scores-work",
        lazy: lazyRoute(() => import("./routes/how-scores-work"), "HowScoresWorkRoute"),
      },
      {
        element: <RequireAuth />,
        children: [
          { index: true, lazy: lazyRoute(() => import("./routes/home"), "HomeRoute") },
          {
            path: "engagements",
            lazy: lazyRoute(() => import("./routes/engagements"), "EngagementsRoute"),
          },
          {
            path: "engagements/:engagementId",
            lazy: lazyRoute(() => import("./routes/engagement"), "EngagementRoute", {
              isFirstScreen: true,
            }),
            children: [
              {
                index: true,
                lazy: lazyRoute(
                  () => import("./routes/engagement-overview"),
                  "EngagementOverviewRoute",
                  { isFirstScreen: true },
                ),
              },
              {
                path: "agreement",
                lazy: lazyRoute(
                  () => import("./routes/engagement-agreement"),
                  "EngagementAgreementRoute",
                ),
              },
              {
                path: "delivery",
                lazy: lazyRoute(
                  () => import("./routes/engagement-delivery"),
                  "EngagementDeliveryRoute",
                ),
              },
              {
                path: "changes",
                lazy: lazyRoute(
                  () => import("./routes/engagement-changes"),
                  "EngagementChangesRoute",
                ),
              },
              {
                path: "messages",
                lazy: lazyRoute(
                  () => import("./routes/engagement-messages"),
                  "EngagementMessagesRoute",
                ),
              },
              {
                path: "invoices",
                lazy: lazyRoute(
                  () => import("./routes/engagement-invoices"),
                  "EngagementInvoicesRoute",
                ),
              },
              {
                path: "invoices/:invoiceId",
                lazy: lazyRoute(
                  () => import("./routes/engagement-invoice"),
                  "EngagementInvoiceRoute",
                ),
              },
              {
                path: "reviews",
                lazy: lazyRoute(
                  () => import("./routes/engagement-reviews"),
                  "EngagementReviewsRoute",
                ),
              },
              {
                path: "health",
                lazy: lazyRoute(
                  () => import("./routes/engagement-health"),
                  "EngagementHealthRoute",
                ),
              },
              {
                path: "disputes",
                lazy: lazyRoute(
                  () => import("./routes/engagement-disputes"),
                  "EngagementDisputesRoute",
                ),
              },
              {
                path: "exit",
                lazy: lazyRoute(() => import("./routes/engagement-exit"), "EngagementExitRoute"),
              },
              {
                path: "growth",
                lazy: lazyRoute(
                  () => import("./routes/engagement-growth"),
                  "EngagementGrowthRoute",
                ),
              },
            ],
          },
          { path: "briefs", lazy: lazyRoute(() => import("./routes/briefs"), "BriefsRoute") },
          {
            path: "briefs/new",
            lazy: lazyRoute(() => import("./routes/brief-new"), "BriefNewRoute"),
          },
          {
            path: "briefs/:briefId",
            lazy: lazyRoute(() => import("./routes/brief"), "BriefRoute"),
          },
          {
            path: "briefs/:briefId/propose",
            lazy: lazyRoute(() => import("./routes/proposal-new"), "ProposalNewRoute"),
          },
          {
            path: "proposals",
            lazy: lazyRoute(() => import("./routes/proposals"), "ProposalsRoute"),
          },
          {
            path: "proposals/:proposalId",
            lazy: lazyRoute(() => import("./routes/proposal"), "ProposalRoute"),
          },
          { path: "profile", lazy: lazyRoute(() => import("./routes/profile"), "ProfileRoute") },
          {
            path: "providers/:orgId",
            lazy: lazyRoute(() => import("./routes/provider"), "ProviderRoute"),
          },
          { path: "taxonomy", lazy: lazyRoute(() => import("./routes/taxonomy"), "TaxonomyRoute") },
          {
            path: "orgs/new",
            lazy: lazyRoute(() => import("./routes/create-org"), "CreateOrgRoute"),
          },
          {
            path: "orgs/:orgId/members",
            lazy: lazyRoute(() => import("./routes/members"), "MembersRoute"),
          },
          {
            path: "orgs/:orgId/webhooks",
            lazy: lazyRoute(() => import("./routes/webhooks"), "WebhooksRoute"),
          },
          {
            path: "orgs/:orgId/settings",
            lazy: lazyRoute(() => import("./routes/org-settings"), "OrgSettingsRoute"),
          },
          {
            path: "orgs/:orgId/billing",
            lazy: lazyRoute(() => import("./routes/org-billing"), "OrgBillingRoute"),
          },
          {
            path: "orgs/:orgId/scorecard",
            lazy: lazyRoute(() => import("./routes/org-scorecard"), "OrgScorecardRoute"),
          },
          { path: "tokens", lazy: lazyRoute(() => import("./routes/tokens"), "TokensRoute") },
          { path: "mailbox", lazy: lazyRoute(() => import("./routes/mailbox"), "MailboxRoute") },
          {
            path: "notifications",
            lazy: lazyRoute(() => import("./routes/notifications"), "NotificationsRoute"),
          },
          { path: "settings", lazy: lazyRoute(() => import("./routes/settings"), "SettingsRoute") },
          {
            path: "moderation",
            lazy: lazyRoute(() => import("./routes/moderation-queue"), "ModerationQueueRoute"),
          },
          {
            path: "moderation/closer-look",
            lazy: lazyRoute(
              () => import("./routes/moderation-closer-look"),
              "ModerationCloserLookRoute",
            ),
          },
          {
            path: "cases",
            lazy: lazyRoute(() => import("./routes/moderation-cases"), "ModerationCasesRoute"),
          },
        ],
      },
      { path: "*", element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
