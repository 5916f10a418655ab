import { FormattedMessage } from "react-intl";
import { StartEngagementBody } from "../../../../contracts/engagements";
import type { Engagement, Organisation } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextAreaField, TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useStartEngagement } from "../api/start-engagement";

/** Proposes an engagement from the current organisation; the other side is invited by e-mail. */
export function StartEngagementForm({
  org,
  onStarted,
}: {
  org: Organisation;
  onStarted: (engagement: Engagement) => void;
}) {
  const start = useStartEngagement();
  const form = useContractForm(StartEngagementBody, {
    defaultValues: { orgId: org.id, title: "", description: "", counterpartEmail: "" },
    words: {
      title: { required: "form.engagement.titleMissing" },
      counterpartEmail: {
        required: "form.engagement.emailMissing",
        invalid: "form.engagement.emailInvalid",
      },
    },
  });

  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith((body) =>
        start.mutate(body, {
          onSuccess: (engagement) => {
            form.reset();
            onStarted(engagement);
          },
          onError: form.showServerErrors,
        }),
      )}
    >
      <p className="muted">
        <FormattedMessage
          id="engagement.start.intro"
          values={{ org: <strong key="org">{org.name}</strong>, side: org.kind }}
        />
      </p>
      <FormAlert error={start.error} />
      <TextField
        required
        maxLength={200}
        label={<FormattedMessage id="engagement.field.title" />}
        {...form.field("title")}
      />
      <TextAreaField
        maxLength={5000}
        label={<FormattedMessage id="engagement.field.description" />}
        {...form.field("description")}
      />
      <TextField
        type="email"
        required
        autoComplete="off"
        label={<FormattedMessage id="engagement.field.counterpartEmail" />}
        hint={<FormattedMessage id="engagement.field.counterpartEmail.hint" />}
        {...form.field("counterpartEmail")}
      />
      <button type="submit" disabled={start.isPending}>
        <FormattedMessage id="engagement.start.submit" />
      </button>
    </form>
  );
}
