import ipaddr from "ipaddr.js";

/**
 * Where an address leads, for deciding whether Accord may post to it: `public` is ordinary
 * global unicast; `loopback` is this machine; `internal` is everything else (private, shared
 * and link-local networks, cloud metadata at 169.254.169.254 and fd00:ec2::254, multicast,
 * broadcast, unspecified, documentation and reserved ranges, NAT64, 6to4 and Teredo, which
 * can tunnel to any IPv4 address). IPv4-mapped IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4
 * address it carries.
 */
export type AddressKind = "public" | "loopback" | "internal";

/** The kind of an IP address given as text; `null` when it is not an IP address. */
export function addressKind(text: string): AddressKind | null {
  const bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  // A zone index (`fe80::1%eth0`) only exists on link-local addresses.
  if (bare.includes("%")) return "internal";
  if (!ipaddr.isValid(bare)) return null;
  // `isValid` also reads legacy forms (`0x7f.1`, `2130706433`); URL parsing has already
  // normalised those in host names, and `process` reads them the same way.
  const address = ipaddr.process(bare);
  const range = address.range();
  if (range === "unicast") return "public";
  if (range === "loopback") return "loopback";
  return "internal";
}

/**
 * Whether a host name, before any lookup, names this machine or an internal service:
 * `localhost` and `*.localhost` (RFC 6761), `*.internal` (cloud metadata such as
 * `metadata.google.internal`), `*.local` (mDNS) and single-label names (resolved through
 * search domains into the local network). A trailing dot (`localhost.`) changes nothing.
 */
export function hostNameKind(hostname: string): AddressKind {
  const host = hostname.toLowerCase().replace(/\.+$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return "loopback";
  if (!host.includes(".")) return "internal";
  if (host.endsWith(".internal") || host.endsWith(".local")) return "internal";
  return "public";
}

/** Whether Accord may connect to an address of this kind. */
export function isAllowedAddress(kind: AddressKind, allowsLoopback: boolean): boolean {
  return kind === "public" || (kind === "loopback" && allowsLoopback);
}
