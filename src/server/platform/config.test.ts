import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

describe("the configuration", () => {
  it("keeps the test clock off and the documented rate limits unless told otherwise", () => {
    const config = loadConfig({});
    expect(config.testClock).toBe(false);
    expect(config.loginAttemptsPerMinute).toBe(10);
    expect(config.signupsPerHour).toBe(100);
    expect(config.unsubscribesPerMinute).toBe(20);
    expect(config.passwordResetsPerHour).toBe(10);
  });

  it("reads the test clock and the rate limits from the environment", () => {
    const config = loadConfig({
      ACCORD_TEST_CLOCK: "true",
      ACCORD_RATE_LIMIT_LOGIN_PER_MINUTE: "600",
      ACCORD_RATE_LIMIT_SIGNUP_PER_HOUR: "5000",
      ACCORD_RATE_LIMIT_UNSUBSCRIBE_PER_MINUTE: "3",
      ACCORD_RATE_LIMIT_PASSWORD_RESET_PER_HOUR: "4",
    });
    expect(config).toMatchObject({
      testClock: true,
      loginAttemptsPerMinute: 600,
      signupsPerHour: 5000,
      unsubscribesPerMinute: 3,
      passwordResetsPerHour: 4,
    });
  });

  it("stops on a limit that is not a positive whole number, naming it", () => {
    expect(() => loadConfig({ ACCORD_RATE_LIMIT_SIGNUP_PER_HOUR: "0" })).toThrow(
      /ACCORD_RATE_LIMIT_SIGNUP_PER_HOUR/,
    );
    expect(() => loadConfig({ ACCORD_RATE_LIMIT_UNSUBSCRIBE_PER_MINUTE: "0" })).toThrow(
      /ACCORD_RATE_LIMIT_UNSUBSCRIBE_PER_MINUTE/,
    );
    expect(() => loadConfig({ ACCORD_RATE_LIMIT_PASSWORD_RESET_PER_HOUR: "0" })).toThrow(
      /ACCORD_RATE_LIMIT_PASSWORD_RESET_PER_HOUR/,
    );
    expect(() => loadConfig({ ACCORD_TEST_CLOCK: "yes" })).toThrow(/ACCORD_TEST_CLOCK/);
  });

  it("leaves the PostgreSQL pool to its default unless ACCORD_DATABASE_POOL_SIZE names one", () => {
    expect(loadConfig({}).poolSize).toBeUndefined();
    expect(loadConfig({ ACCORD_DATABASE_POOL_SIZE: "4" }).poolSize).toBe(4);
    expect(() => loadConfig({ ACCORD_DATABASE_POOL_SIZE: "0" })).toThrow(
      /ACCORD_DATABASE_POOL_SIZE/,
    );
  });
});
