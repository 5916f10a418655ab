import type { ReactNode } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { AcceptInvitationBody } from "../../../../contracts/invitations";
import type {
  AcceptInvitationResponse,
  InvitationPreview,
  Organisation,
} from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { SelectField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { ORG_KIND_LABELS, ROLE_LABELS } from "../../../shared/i18n/labels";
import { useAcceptInvitation } from "../api/accept-invitation";
import { useDeclineInvitation } from "../api/decline-invitation";
import { INVITATION_STATUS_LABELS } from "../invitation-status-labels";

interface InvitationAnswerProps {
  token: string;
  preview: InvitationPreview;
  /** For an engagement: the user's organisations of the other kind where they may act. */
  eligibleOrgs: Organisation[];
  /** Shown when an engagement invitation finds no eligible organisation. */
  createOrgForm: ReactNode;
  /** A client's invitation: how the client pays and scores, for the provider deciding. */
  clientRecord?: ReactNode;
  onAccepted: (result: AcceptInvitationResponse) => void;
}

/** Shows who invites the user to what, and lets them accept or decline. */
export function InvitationAnswer(props: InvitationAnswerProps) {
  const { preview } = props;
  const intl = useIntl();
  const kindLabel = intl.formatMessage({ id: ORG_KIND_LABELS[preview.org.kind] });

  return (
    <div className="stack">
      {preview.kind === "membership" ? (
        <p className="lead">
          <FormattedMessage
            id="invitation.membership.summary"
            values={{
              inviter: preview.invitedBy.name,
              org: <strong key="org">{preview.org.name}</strong>,
              role: intl.formatMessage({ id: ROLE_LABELS[preview.role ?? "member"] }),
            }}
          />
        </p>
      ) : (
        <>
          <p className="lead">
            <FormattedMessage
              id="invitation.engagement.summary"
              values={{
                inviter: preview.invitedBy.name,
                org: <strong key="org">{preview.org.name}</strong>,
                kind: kindLabel,
              }}
            />
          </p>
          {preview.engagement ? (
            <div className="card stack">
              <h2>{preview.engagement.title}</h2>
              {preview.engagement.description ? (
                <p className="prewrap">{preview.engagement.description}</p>
              ) : null}
            </div>
          ) : null}
          {props.clientRecord ?? null}
        </>
      )}
      <p className="muted">
        <FormattedMessage
          id="invitation.sentTo"
          values={{
            email: preview.email,
            date: <FormattedDate key="date" value={preview.expiresAt} dateStyle="long" />,
          }}
        />
      </p>
      {preview.status === "pending" ? (
        <AnswerForm {...props} />
      ) : (
        <p className="alert alert-info" role="status">
          <FormattedMessage
            id="invitation.closed"
            values={{
              status: intl.formatMessage({ id: INVITATION_STATUS_LABELS[preview.status] }),
            }}
          />
        </p>
      )}
    </div>
  );
}

function AnswerForm({
  token,
  preview,
  eligibleOrgs,
  createOrgForm,
  onAccepted,
}: InvitationAnswerProps) {
  const accept = useAcceptInvitation();
  const decline = useDeclineInvitation();
  const isEngagement = preview.kind === "engagement";
  const neededKind = preview.org.kind === "client" ? "provider" : "client";
  const form = useContractForm(AcceptInvitationBody, {
    defaultValues: { orgId: isEngagement ? eligibleOrgs[0]?.id : undefined },
  });
  const isBusy = accept.isPending || decline.isPending;

  if (isEngagement && eligibleOrgs.length === 0) {
    return (
      <div className="stack">
        <p>
          <FormattedMessage id="invitation.engagement.needOrg" values={{ kind: neededKind }} />
        </p>
        <section className="card stack" aria-labelledby="invitation-create-org">
          <h2 id="invitation-create-org">
            <FormattedMessage id="invitation.engagement.createOrg" values={{ kind: neededKind }} />
          </h2>
          {createOrgForm}
        </section>
        <DeclineButton token={token} decline={decline} isBusy={isBusy} />
        <FormAlert error={decline.error} />
      </div>
    );
  }

  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith(({ orgId }) => {
        decline.reset();
        // Awaited here rather than as a mutate callback: refreshing the invitation after it is
        // accepted unmounts this form, and React Query drops the callbacks of an unmounted caller.
        accept
          .mutateAsync(isEngagement ? { token, orgId } : { token })
          .then(onAccepted, form.showServerErrors);
      })}
    >
      <FormAlert error={accept.error ?? decline.error} />
      {isEngagement ? (
        <SelectField
          label={<FormattedMessage id="invitation.engagement.orgLabel" />}
          {...form.field("orgId")}
        >
          {eligibleOrgs.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="button-row">
        <button type="submit" disabled={isBusy}>
          <FormattedMessage id="invitation.accept" />
        </button>
        <DeclineButton token={token} decline={decline} isBusy={isBusy} />
      </div>
    </form>
  );
}

function DeclineButton({
  token,
  decline,
  isBusy,
}: {
  token: string;
  decline: ReturnType<typeof useDeclineInvitation>;
  isBusy: boolean;
}) {
  const oneAtATime = useOneAtATime();
  return (
    <button
      type="button"
      className="button-secondary"
      disabled={isBusy}
      onClick={() => oneAtATime(() => decline.mutate({ token }))}
    >
      <FormattedMessage id="invitation.decline" />
    </button>
  );
}
