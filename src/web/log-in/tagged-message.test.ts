import { describe, expect, it } from "vitest";
import { splitTags } from "./tagged-message";

describe("messages with tags on the light log-in page", () => {
  it("splits text around a link", () => {
    expect(splitTags("New to Accord? <link>Create an account</link>")).toEqual([
      { text: "New to Accord? " },
      { text: "Create an account", tag: "link" },
    ]);
  });

  it("keeps text after the tag and a message without tags whole", () => {
    expect(splitTags("<link>Créer un compte</link> maintenant")).toEqual([
      { text: "Créer un compte", tag: "link" },
      { text: " maintenant" },
    ]);
    expect(splitTags("Log in")).toEqual([{ text: "Log in" }]);
  });
});
