import {
  AdvanceTestClockBody,
  TestClockAnswer,
  TestClockState,
} from "../../../contracts/test-clock";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { advanceTestClock } from "./advance-test-clock";
import { showTestClock } from "./show-test-clock";

const tags = ["test clock"];

export function testClockRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/test-clock",
      {
        // Public, so the web app can show its banner on every page, signed in or not.
        config: { access: "public" },
        schema: {
          tags,
          summary:
            "Where the test clock stands (ACCORD_TEST_CLOCK=true), or { isEnabled: false } without one",
          response: { 200: TestClockAnswer, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => sendResult(reply, request, await showTestClock(deps)),
    );
    app.post(
      "/test-clock/advance",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Move the test clock forward and sweep due work (platform operators)",
          body: AdvanceTestClockBody,
          response: { 200: TestClockState, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await advanceTestClock(deps, actorOf(request), request.body)),
    );
  });
}
