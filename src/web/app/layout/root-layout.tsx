import { useEffect, useRef } from "react";
import { FormattedMessage } from "react-intl";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { useMe } from "../../features/auth/api/get-me";
import { AccountMenu } from "../../features/auth/components/account-menu";
import { CurrentOrgProvider } from "../../features/orgs/current-org";
import { OrgSwitcher } from "../../features/orgs/components/org-switcher";
import { LanguageSwitcher } from "../../features/settings/components/language-switcher";
import { TestClockBanner } from "../../features/test-clock/components/test-clock-banner";
import { Loading, QueryError } from "../../shared/components/query-state";
import { MainNav } from "./main-nav";

/** Moves focus to the page after client-side navigation, as a full page load would. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById("main")?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);
}

export function RootLayout() {
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const user = me.data?.user ?? null;
  useFocusMainOnNavigation();

  return (
    <CurrentOrgProvider isSignedIn={Boolean(user)}>
      <a href="#main" className="skip-link">
        <FormattedMessage id="app.skipLink" />
      </a>
      <TestClockBanner />
      <header className="site-header">
        <div className="header-bar container">
          <Link to="/" className="brand">
            <FormattedMessage id="app.name" />
          </Link>
          {user ? (
            <OrgSwitcher
              onSwitch={(orgId) => {
                // Pages about one organisation follow the switch; the others show the new one's data.
                if (/^\/orgs\/[^/]+\/webhooks/.test(pathname))
                  void navigate(`/orgs/${orgId}/webhooks`);
                else if (pathname.startsWith("/orgs/")) void navigate(`/orgs/${orgId}/members`);
                else if (pathname.startsWith("/engagements/")) void navigate("/engagements");
                else if (/^\/(briefs|proposals)\//.test(pathname))
                  void navigate(`/${pathname.split("/")[1]}`);
              }}
            />
          ) : null}
          <div className="header-tools">
            <LanguageSwitcher isSignedIn={Boolean(user)} />
            {user ? <AccountMenu user={user} /> : null}
          </div>
        </div>
        {user ? (
          <div className="container">
            <MainNav />
          </div>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="container">
        {me.isPending ? (
          <Loading />
        ) : me.isError ? (
          <QueryError error={me.error} onRetry={() => void me.refetch()} />
        ) : (
          <Outlet />
        )}
      </main>
    </CurrentOrgProvider>
  );
}
