import { Outlet } from "react-router";
import { useMe } from "../../features/auth/api/get-me";
import { Loading, QueryError } from "../../shared/components/query-state";

/** Pages shown without the site's header and navigation (the printable agreement). */
export function BareLayout() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  return <Outlet />;
}
