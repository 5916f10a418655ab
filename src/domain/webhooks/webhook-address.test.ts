import { describe, expect, it } from "vitest";
import { addressKind, hostNameKind, isAllowedAddress } from "./webhook-address";
import { replyExcerpt, REPLY_EXCERPT_LENGTH, webhookUrlProblem } from "./webhook-delivery";

describe("where an address leads", () => {
  it("reads ordinary global addresses as public", () => {
    for (const address of ["93.184.216.34", "172.32.0.1", "2606:4700::1111", "[2a00:1450::1]"]) {
      expect(addressKind(address), address).toBe("public");
    }
  });

  it("reads loopback, also written as IPv4-mapped IPv6", () => {
    for (const address of ["127.0.0.1", "127.9.9.9", "::1", "::ffff:127.0.0.1", "[::1]"]) {
      expect(addressKind(address), address).toBe("loopback");
    }
  });

  it("reads private, shared, link-local, metadata, multicast and special ranges as internal", () => {
    for (const address of [
      "10.0.0.1",
      "172.16.0.1",
      "192.168.1.1",
      "100.64.0.1",
      "100.100.100.200",
      "169.254.169.254",
      "0.0.0.0",
      "255.255.255.255",
      "224.0.0.1",
      "192.0.2.1",
      "198.18.0.1",
      "::",
      "fd00::1",
      "fd00:ec2::254",
      "fe80::1",
      "fe80::1%eth0",
      "ff02::1",
      "::ffff:10.0.0.1",
      "::ffff:169.254.169.254",
      "64:ff9b::a00:1",
      "2002:a00:1::",
      "2001:db8::1",
    ]) {
      expect(addressKind(address), address).toBe("internal");
    }
  });

  it("is null for a name", () => {
    expect(addressKind("hooks.example.com")).toBeNull();
  });
});

describe("host names", () => {
  it("name this machine with or without a trailing dot", () => {
    for (const host of ["localhost", "localhost.", "LOCALHOST..", "app.localhost."]) {
      expect(hostNameKind(host), host).toBe("loopback");
    }
  });

  it("name internal services: *.internal, *.local and single labels", () => {
    for (const host of [
      "metadata.google.internal",
      "metadata.google.internal.",
      "nas.local",
      "printer",
    ]) {
      expect(hostNameKind(host), host).toBe("internal");
    }
    expect(hostNameKind("hooks.example.com.")).toBe("public");
  });

  it("loopback is allowed only where the instance allows it; internal never", () => {
    expect(isAllowedAddress("loopback", true)).toBe(true);
    expect(isAllowedAddress("loopback", false)).toBe(false);
    expect(isAllowedAddress("internal", true)).toBe(false);
  });

  it("URLs naming internal hosts are refused before any lookup", () => {
    for (const url of [
      "https://localhost./",
      "https://metadata.google.internal/",
      "https://[::ffff:7f00:1]/",
      "https://2130706433/",
      "https://0x7f.1/",
    ]) {
      expect(webhookUrlProblem(url, false), url).toBe("private_host");
    }
  });
});

describe("the excerpt of a receiver's answer", () => {
  it("drops control and direction characters and collapses white space", () => {
    expect(replyExcerpt("\u001b[31mfail\u0000ed\r\n\t \u202eagain\u0007")).toBe("[31mfailed again");
  });

  it("keeps at most the limit, never cutting a character in half", () => {
    const long = replyExcerpt("😀".repeat(2 * REPLY_EXCERPT_LENGTH)) ?? "";
    expect(Array.from(long)).toHaveLength(REPLY_EXCERPT_LENGTH);
    expect(long.endsWith("…")).toBe(true);
    expect(/\p{Cs}/u.test(long)).toBe(false);
  });

  it("is null when nothing readable is left", () => {
    expect(replyExcerpt(" \u0000\u0001 ")).toBeNull();
  });
});
