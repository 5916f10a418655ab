import { describe, expect, it } from "vitest";
import { SubmitBody } from "../../../contracts/delivery";
import { checkForm } from "../../shared/forms/use-contract-form";
import { SUBMIT_WORDS, readSubmitBody, type SubmitValues } from "./submit-form-state";

function check(values: SubmitValues) {
  return checkForm(SubmitBody, values, { words: SUBMIT_WORDS, read: readSubmitBody }, "en");
}

describe("the hand-in form, checked with the server's contract before anything is sent", () => {
  it("asks what was done and names the line of a link that is not a web address", async () => {
    const checked = await check({
      description: "  ",
      links: "https://staging.example.test\n\nstaging.example.test/cart",
    });
    expect(checked.data).toBeNull();
    expect(checked.problems).toEqual([
      { path: "description", message: { key: "form.submission.descriptionMissing" } },
      // The second line with text: the blank line is not counted, as the server counts.
      { path: "links.1", message: { key: "form.submission.linkInvalid" } },
    ]);
  });

  it("sends the description and one link per line, files added once uploaded", async () => {
    const checked = await check({
      description: "Checkout on staging.",
      links: " https://staging.example.test/shop \n\n",
    });
    expect(checked.problems).toEqual([]);
    expect(checked.data).toEqual({
      description: "Checkout on staging.",
      links: ["https://staging.example.test/shop"],
      fileIds: [],
    });
  });
});
