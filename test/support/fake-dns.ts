import type { LookupAddress } from "node:dns";

/** Names the tests' webhooks use, with public addresses from nobody's network in particular. */
export const TEST_DNS_RECORDS: Record<string, string[]> = {
  "hooks.example.com": ["93.184.216.34"],
  localhost: ["127.0.0.1", "::1"],
};

/**
 * A resolver answering from a table the test controls, in place of DNS: a name not in it does
 * not resolve. `answer` changes a name's addresses mid-test, as a DNS rebinding attack would.
 */
export function fakeResolver(records: Record<string, string[]> = TEST_DNS_RECORDS) {
  const table = new Map(Object.entries(records));
  const asked: string[] = [];
  return {
    asked,
    answer(hostname: string, addresses: string[]) {
      table.set(hostname, addresses);
    },
    lookup: (hostname: string): Promise<LookupAddress[]> => {
      asked.push(hostname);
      const addresses = table.get(hostname.toLowerCase());
      if (!addresses || addresses.length === 0) {
        return Promise.reject(
          Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }),
        );
      }
      return Promise.resolve(
        addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
      );
    },
  };
}
