import { createBrowserRouter, Navigate, RouterProvider } from "react-router";
import { RootLayout } from "./layout/root-layout";
import { AgreementPrintRoute } from "./routes/agreement-print";
import { BareLayout } from "./routes/bare-layout";
import { BriefRoute } from "./routes/brief";
import { BriefNewRoute } from "./routes/brief-new";
import { BriefsRoute } from "./routes/briefs";
import { EngagementAgreementRoute } from "./routes/engagement-agreement";
import { EngagementChangesRoute } from "./routes/engagement-changes";
import { EngagementDeliveryRoute } from "./routes/engagement-delivery";
import { EngagementInvoiceRoute } from "./routes/engagement-invoice";
import { EngagementInvoicesRoute } from "./routes/engagement-invoices";
import { EngagementMessagesRoute } from "./routes/engagement-messages";
import { EngagementOverviewRoute } from "./routes/engagement-overview";
import { CreateOrgRoute } from "./routes/create-org";
import { EngagementRoute } from "./routes/engagement";
import { EngagementsRoute } from "./routes/engagements";
import { InvitationRoute } from "./routes/invitation";
import { InvoicePrintRoute } from "./routes/invoice-print";
import { LoginRoute } from "./routes/login";
import { MailboxRoute } from "./routes/mailbox";
import { MembersRoute } from "./routes/members";
import { NotFoundRoute } from "./routes/not-found";
import { NotificationsRoute } from "./routes/notifications";
import { OrgBillingRoute } from "./routes/org-billing";
import { ProfileRoute } from "./routes/profile";
import { ProposalRoute } from "./routes/proposal";
import { ProposalNewRoute } from "./routes/proposal-new";
import { ProposalsRoute } from "./routes/proposals";
import { ProviderRoute } from "./routes/provider";
import { RequireAuth } from "./routes/require-auth";
import { RouteError } from "./routes/route-error";
import { SettingsRoute } from "./routes/settings";
import { SignupRoute } from "./routes/signup";
import { TaxonomyRoute } from "./routes/taxonomy";
import { TokensRoute } from "./routes/tokens";
import { WebhooksRoute } from "./routes/webhooks";

const router = createBrowserRouter([
  {
    // Printable documents (the agreement, an invoice) stand alone: no header, no navigation.
    element: <BareLayout />,
    errorElement: <RouteError />,
    children: [
      {
        element: <RequireAuth />,
        children: [
          { path: "engagements/:engagementId/agreement/print", element: <AgreementPrintRoute /> },
          {
            path: "engagements/:engagementId/invoices/:invoiceId/print",
            element: <InvoicePrintRoute />,
          },
        ],
      },
    ],
  },
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/engagements" replace /> },
      { path: "login", element: <LoginRoute /> },
      { path: "signup", element: <SignupRoute /> },
      // Reachable signed out: the page itself offers to log in or sign up and come back.
      { path: "invitations/:token", element: <InvitationRoute /> },
      {
        element: <RequireAuth />,
        children: [
          { path: "engagements", element: <EngagementsRoute /> },
          {
            path: "engagements/:engagementId",
            element: <EngagementRoute />,
            children: [
              { index: true, element: <EngagementOverviewRoute /> },
              { path: "agreement", element: <EngagementAgreementRoute /> },
              { path: "delivery", element: <EngagementDeliveryRoute /> },
              { path: "changes", element: <EngagementChangesRoute /> },
              { path: "messages", element: <EngagementMessagesRoute /> },
              { path: "invoices", element: <EngagementInvoicesRoute /> },
              { path: "invoices/:invoiceId", element: <EngagementInvoiceRoute /> },
            ],
          },
          { path: "briefs", element: <BriefsRoute /> },
          { path: "briefs/new", element: <BriefNewRoute /> },
          { path: "briefs/:briefId", element: <BriefRoute /> },
          { path: "briefs/:briefId/propose", element: <ProposalNewRoute /> },
          { path: "proposals", element: <ProposalsRoute /> },
          { path: "proposals/:proposalId", element: <ProposalRoute /> },
          { path: "profile", element: <ProfileRoute /> },
          { path: "providers/:orgId", element: <ProviderRoute /> },
          { path: "taxonomy", element: <TaxonomyRoute /> },
          { path: "orgs/new", element: <CreateOrgRoute /> },
          { path: "orgs/:orgId/members", element: <MembersRoute /> },
          { path: "orgs/:orgId/webhooks", element: <WebhooksRoute /> },
          { path: "orgs/:orgId/billing", element: <OrgBillingRoute /> },
          { path: "tokens", element: <TokensRoute /> },
          { path: "mailbox", element: <MailboxRoute /> },
          { path: "notifications", element: <NotificationsRoute /> },
          { path: "settings", element: <SettingsRoute /> },
        ],
      },
      { path: "*", element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
