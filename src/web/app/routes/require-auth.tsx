import { Navigate, Outlet, useLocation } from "react-router";
import { useMe } from "../../features/auth/api/get-me";
import { returnPathOf, withNext } from "./next-path";

/** Pages behind this route need a signed-in user; others are sent to log in and come back. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (!me.data) {
    return <Navigate to={withNext("/login", returnPathOf(location))} replace />;
  }
  return <Outlet />;
}
