import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Role } from "../../../shared/api/types";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { SelectField, TextField, formText } from "../../../shared/components/fields";
import { ROLE_LABELS } from "../../../shared/i18n/labels";
import { useInviteMember } from "../api/invite-member";

const ROLES: Role[] = ["member", "viewer", "owner"];

export function InviteMemberForm({ orgId }: { orgId: string }) {
  const intl = useIntl();
  const inviteMember = useInviteMember();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { error } = inviteMember;

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const email = formText(data, "email");
        setSentTo(null);
        inviteMember.mutate(
          { orgId, email, role: formText(data, "role") as Role },
          {
            onSuccess: () => {
              setSentTo(email);
              form.reset();
            },
          },
        );
      }}
    >
      <FormAlert
        error={error}
        success={
          sentTo ? intl.formatMessage({ id: "invitations.invite.sent" }, { email: sentTo }) : null
        }
      />
      <div className="inline-fields">
        <TextField
          name="email"
          type="email"
          autoComplete="off"
          required
          label={<FormattedMessage id="invitations.field.email" />}
          error={fieldError(error, "email")}
        />
        <SelectField
          name="role"
          defaultValue="member"
          label={<FormattedMessage id="field.role" />}
          error={fieldError(error, "role")}
        >
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
