import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { useMe } from "../features/auth/api/get-me";
import { createQueryClient } from "../shared/api/query-client";
import { LocaleProvider, useLocale } from "../shared/i18n/locale-provider";

/** A signed-in user's stored language wins over this device's choice and the browser's. */
function LocaleFromAccount() {
  const me = useMe();
  const { setLocale } = useLocale();
  const accountLocale = me.data?.user.locale ?? null;
  useEffect(() => {
    if (accountLocale) setLocale(accountLocale);
  }, [accountLocale, setLocale]);
  return null;
}

export function AppProvider({
  queryClient: given,
  children,
}: {
  /** The cache to use, already holding what the start-up asked for; a new one otherwise. */
  queryClient?: QueryClient;
  children: ReactNode;
}) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <LocaleFromAccount />
        {children}
      </LocaleProvider>
    </QueryClientProvider>
  );
}
