import { useEffect, useRef, useState } from "react";
import { FormattedMessage } from "react-intl";
import { Link, useLocation } from "react-router";
import { useErrorMessage } from "../../../shared/components/form-alert";
import type { User } from "../../../shared/api/types";
import { useIsMailboxAvailable } from "../../mailbox/api/get-mailbox";
import { useLogOut } from "../api/log-out";
import { useLogOutEverywhere } from "../api/log-out-all";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";

/** The signed-in user's menu: a native disclosure, so it works with keyboard and touch alike. */
export function AccountMenu({ user }: { user: User }) {
  const menu = useRef<HTMLDetailsElement>(null);
  // Whether there is a demo mailbox is asked once the menu is first opened, not with every
  // page's first screen (the answer was the whole mailbox, 10 KB on a slow link).
  const [wasOpened, setWasOpened] = useState(false);
  const close = () => menu.current?.removeAttribute("open");
  const location = useLocation();

  // Whatever moves to another page (a link here, the browser's back button, a redirect after
  // logging out) leaves the menu closed behind it.
  useEffect(() => {
    menu.current?.removeAttribute("open");
  }, [location.key]);

  // Like any menu, it closes when the user clicks or taps elsewhere.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (menu.current && !menu.current.contains(event.target as Node)) {
        menu.current.removeAttribute("open");
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, []);

  return (
    <details
      ref={menu}
      className="account-menu"
      onToggle={(event) => {
        if (event.currentTarget.open) setWasOpened(true);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          close();
          menu.current?.querySelector("summary")?.focus();
        }
      }}
    >
      <summary>
        <span className="visually-hidden">
          <FormattedMessage id="account.menu.label" />{" "}
        </span>
        {user.name}
      </summary>
      {/* Drawn once first opened: nothing of it shows with the page. */}
      {wasOpened ? <AccountMenuPanel user={user} onClose={close} /> : null}
    </details>
  );
}

/** What the open menu offers: who is signed in, settings, and logging out. */
function AccountMenuPanel({ user, onClose }: { user: User; onClose: () => void }) {
  const oneAtATime = useOneAtATime();
  const hasMailbox = useIsMailboxAvailable();
  const logOut = useLogOut();
  const logOutEverywhere = useLogOutEverywhere();
  const errorMessage = useErrorMessage(logOut.error ?? logOutEverywhere.error);
  return (
    <div className="account-menu-panel">
      <p className="muted">
        <FormattedMessage id="account.signedInAs" values={{ email: user.email }} />
      </p>
      <Link to="/orgs/new" onClick={onClose}>
        <FormattedMessage id="org.create.short" />
      </Link>
      <Link to="/settings" onClick={onClose}>
        <FormattedMessage id="nav.settings" />
      </Link>
      {hasMailbox ? (
        <Link to="/mailbox" onClick={onClose}>
          <FormattedMessage id="nav.mailbox" />
        </Link>
      ) : null}
      <button
        type="button"
        className="button-secondary"
        onClick={() => oneAtATime(() => logOut.mutate())}
      >
        <FormattedMessage id="account.logOut" />
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={() => oneAtATime(() => logOutEverywhere.mutate())}
      >
        <FormattedMessage id="account.logOutAll" />
      </button>
      {errorMessage ? (
        <p className="field-error" role="alert">
          {errorMessage}
        </p>
      ) : null}
    </div>
  );
}
