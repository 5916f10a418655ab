import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, isApiError } from "../../../shared/api/api-client";
import type { MailboxMessage } from "../../../shared/api/types";

/** The demo outbox: mail Accord kept for the signed-in user instead of sending it. */
export function getMailbox(): Promise<{ messages: MailboxMessage[] }> {
  return api.get<{ messages: MailboxMessage[] }>("/mailbox");
}

export const mailboxQueryOptions = queryOptions({ queryKey: ["mailbox"], queryFn: getMailbox });

/** While the mailbox is on screen it checks for new mail now and then, as a mail client would. */
export function useMailbox({ refetchInterval }: { refetchInterval?: number } = {}) {
  return useQuery({ ...mailboxQueryOptions, refetchInterval });
}

/** False when the server sends real e-mail, so there is no demo mailbox to show. */
export function useIsMailboxAvailable({ enabled = true }: { enabled?: boolean } = {}): boolean {
  const mailbox = useQuery({ ...mailboxQueryOptions, enabled, staleTime: 60_000 });
  return enabled && !isApiError(mailbox.error, "mailbox_disabled");
}
