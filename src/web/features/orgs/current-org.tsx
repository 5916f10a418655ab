import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import type { Organisation } from "../../shared/api/types";
import { useOrgs } from "./api/get-orgs";

const STORAGE_KEY = "accord.currentOrgId";

interface CurrentOrgValue {
  /** The organisation the user acts for; null while loading or when they have none. */
  currentOrg: Organisation | null;
  organisations: Organisation[];
  isLoading: boolean;
  setCurrentOrgId: (orgId: string) => void;
}

const CurrentOrgContext = createContext<CurrentOrgValue | null>(null);

function readStoredOrgId(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Keeps the chosen organisation across visits; falls back to the first one the user belongs to. */
export function CurrentOrgProvider({
  isSignedIn,
  children,
}: {
  isSignedIn: boolean;
  children: ReactNode;
}) {
  const orgs = useOrgs({ enabled: isSignedIn });
  const [storedId, setStoredId] = useState(readStoredOrgId);

  const setCurrentOrgId = useCallback((orgId: string) => {
    try {
      localStorage.setItem(STORAGE_KEY, orgId);
    } catch {
      // Without storage the choice lasts until the page is reloaded.
    }
    setStoredId(orgId);
  }, []);

  const value = useMemo<CurrentOrgValue>(() => {
    const organisations = isSignedIn ? (orgs.data?.organisations ?? []) : [];
    return {
      currentOrg: organisations.find((org) => org.id === storedId) ?? organisations[0] ?? null,
      organisations,
      isLoading: isSignedIn && orgs.isPending,
      setCurrentOrgId,
    };
  }, [isSignedIn, orgs.data, orgs.isPending, storedId, setCurrentOrgId]);

  return <CurrentOrgContext value={value}>{children}</CurrentOrgContext>;
}

export function useCurrentOrg(): CurrentOrgValue {
  const value = use(CurrentOrgContext);
  if (!value) throw new Error("useCurrentOrg must be used inside <CurrentOrgProvider>");
  return value;
}

/** Opening a page of another of the user's organisations (from a link) makes it the one they act for. */
export function useActForOrg(orgId: string): void {
  const { currentOrg, organisations, setCurrentOrgId } = useCurrentOrg();
  const isMine = organisations.some((candidate) => candidate.id === orgId);
  useEffect(() => {
    if (isMine && currentOrg?.id !== orgId) setCurrentOrgId(orgId);
  }, [isMine, currentOrg?.id, orgId, setCurrentOrgId]);
}
