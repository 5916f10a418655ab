import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Role } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { SelectField, TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { ROLE_LABELS } from "../../../shared/i18n/labels";
import { InviteMemberBody } from "../../../../contracts/orgs";
import { useInviteMember } from "../api/invite-member";
import { INVITE_MEMBER_WORDS } from "../invite-member-form-state";

const ROLES: Role[] = ["member", "viewer", "owner"];

export function InviteMemberForm({ orgId }: { orgId: string }) {
  const intl = useIntl();
  const inviteMember = useInviteMember();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useContractForm(InviteMemberBody, {
    defaultValues: { email: "", role: "member" },
    words: INVITE_MEMBER_WORDS,
  });

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => {
        setSentTo(null);
        form.submitWith((body) =>
          inviteMember.mutate(
            { orgId, ...body },
            {
              onSuccess: () => {
                setSentTo(body.email);
                form.reset();
              },
              onError: form.showServerErrors,
            },
          ),
        )(event);
      }}
    >
      <FormAlert
        error={inviteMember.error}
        success={
          sentTo ? intl.formatMessage({ id: "invitations.invite.sent" }, { email: sentTo }) : null
        }
      />
      <div className="inline-fields">
        <TextField
          type="email"
          autoComplete="off"
          required
          label={<FormattedMessage id="invitations.field.email" />}
          {...form.field("email")}
        />
        <SelectField label={<FormattedMessage id="field.role" />} {...form.field("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {intl.formatMessage({ id: ROLE_LABELS[role] })}
            </option>
          ))}
        </SelectField>
      </div>
      <button type="submit" disabled={inviteMember.isPending}>
        <FormattedMessage id="invitations.invite.submit" />
      </button>
    </form>
  );
}
