import type { LookupAddress } from "node:dns";
import {
  addressKind,
  hostNameKind,
  isAllowedAddress,
} from "../../../domain/webhooks/webhook-address";
import type { WebhookPolicy } from "../../platform/deps";
import { ADDRESS_REFUSED_CODE, UNRESOLVABLE_CODE } from "./webhook-failure";

export type HostCheck =
  | { ok: true; addresses: LookupAddress[] }
  /** `detail` is technical text, not a sentence: the host, or the host and the address refused. */
  | { ok: false; problem: "unresolvable" | "private_host"; detail: string };

/**
 * Resolves a webhook's host and checks every address it resolves to: one internal address is
 * enough to refuse it (a name with a public and a private address could be sent to either).
 * An IP literal is checked as it is. Used at registration, and again on every connection.
 */
export async function checkWebhookHost(
  policy: WebhookPolicy,
  hostname: string,
): Promise<HostCheck> {
  const bare = hostname.replace(/^\[(.*)\]$/, "$1");
  const literal = addressKind(bare);
  if (literal !== null) {
    const family = bare.includes(":") ? 6 : 4;
    return isAllowedAddress(literal, policy.allowsLoopbackHttp)
      ? { ok: true, addresses: [{ address: bare, family }] }
      : { ok: false, problem: "private_host", detail: bare };
  }
  if (!isAllowedAddress(hostNameKind(bare), policy.allowsLoopbackHttp)) {
    return { ok: false, problem: "private_host", detail: bare };
  }
  let addresses: LookupAddress[];
  try {
    addresses = await policy.lookup(bare);
  } catch {
    addresses = [];
  }
  if (addresses.length === 0) {
    return { ok: false, problem: "unresolvable", detail: bare };
  }
  const refused = addresses.find(
    ({ address }) =>
      !isAllowedAddress(addressKind(address) ?? "internal", policy.allowsLoopbackHttp),
  );
  if (refused) {
    return {
      ok: false,
      problem: "private_host",
      detail: `${bare} → ${refused.address}`,
    };
  }
  return { ok: true, addresses };
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for `http.request` that resolves through the policy and lets the socket connect
 * only to addresses the policy allows, so a name that resolved to a public address at
 * registration and to an internal one now (DNS rebinding) is refused before any byte is sent.
 */
export function guardedLookup(policy: WebhookPolicy) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    void checkWebhookHost(policy, hostname).then((check) => {
      if (!check.ok) {
        const error: NodeJS.ErrnoException = new Error(check.detail);
        error.code = check.problem === "unresolvable" ? UNRESOLVABLE_CODE : ADDRESS_REFUSED_CODE;
        callback(error, options.all ? [] : "", undefined);
        return;
      }
      const [first] = check.addresses;
      if (options.all) callback(null, check.addresses);
      else callback(null, first?.address ?? "", first?.family);
    });
  };
}

/** Whether the address a socket actually connected to is one the policy allows. */
export function isAllowedPeer(policy: WebhookPolicy, remoteAddress: string | undefined): boolean {
  if (!remoteAddress) return false;
  return isAllowedAddress(addressKind(remoteAddress) ?? "internal", policy.allowsLoopbackHttp);
}
