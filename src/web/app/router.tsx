import { createBrowserRouter, Navigate, RouterProvider } from "react-router";
import { RootLayout } from "./layout/root-layout";
import { CreateOrgRoute } from "./routes/create-org";
import { EngagementRoute } from "./routes/engagement";
import { EngagementsRoute } from "./routes/engagements";
import { InvitationRoute } from "./routes/invitation";
import { LoginRoute } from "./routes/login";
import { MailboxRoute } from "./routes/mailbox";
import { MembersRoute } from "./routes/members";
import { NotFoundRoute } from "./routes/not-found";
import { RequireAuth } from "./routes/require-auth";
import { RouteError } from "./routes/route-error";
import { SettingsRoute } from "./routes/settings";
import { SignupRoute } from "./routes/signup";
import { TokensRoute } from "./routes/tokens";

const router = createBrowserRouter([
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
          { path: "engagements/:engagementId", element: <EngagementRoute /> },
          { path: "orgs/new", element: <CreateOrgRoute /> },
          { path: "orgs/:orgId/members", element: <MembersRoute /> },
          { path: "tokens", element: <TokensRoute /> },
          { path: "mailbox", element: <MailboxRoute /> },
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
