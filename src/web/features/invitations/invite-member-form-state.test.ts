import { describe, expect, it } from "vitest";
import { InviteMemberBody } from "../../../contracts/orgs";
import { checkForm } from "../../shared/forms/use-contract-form";
import { INVITE_MEMBER_WORDS } from "./invite-member-form-state";

const check = (email: string) =>
  checkForm(InviteMemberBody, { email, role: "member" }, { words: INVITE_MEMBER_WORDS }, "en");

describe("the form inviting a member, checked with the server's contract", () => {
  it("asks for the address, then for one that looks like an address, and sends nothing", async () => {
    expect(await check(" ")).toEqual({
      data: null,
      problems: [{ path: "email", message: { key: "form.engagement.emailMissing" } }],
    });
    expect((await check("ada.example.com")).problems).toEqual([
      { path: "email", message: { key: "form.engagement.emailInvalid" } },
    ]);
  });

  it("passes an address with its role", async () => {
    expect((await check("ada@example.com")).data).toEqual({
      email: "ada@example.com",
      role: "member",
    });
  });
});
