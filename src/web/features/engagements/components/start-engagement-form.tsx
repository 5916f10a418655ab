import { FormattedMessage } from "react-intl";
import type { Engagement, Organisation } from "../../../shared/api/types";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { TextAreaField, TextField, formText } from "../../../shared/components/fields";
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
  const { error } = start;

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        start.mutate(
          {
            orgId: org.id,
            title: formText(data, "title"),
            description: formText(data, "description"),
            counterpartEmail: formText(data, "counterpartEmail"),
          },
          {
            onSuccess: (engagement) => {
              form.reset();
              onStarted(engagement);
            },
          },
        );
      }}
    >
      <p className="muted">
        <FormattedMessage
          id="engagement.start.intro"
          values={{ org: <strong key="org">{org.name}</strong>, side: org.kind }}
        />
      </p>
      <FormAlert error={error} />
      <TextField
        name="title"
        required
        maxLength={200}
        label={<FormattedMessage id="engagement.field.title" />}
        error={fieldError(error, "title")}
      />
      <TextAreaField
        name="description"
        maxLength={5000}
        label={<FormattedMessage id="engagement.field.description" />}
        error={fieldError(error, "description")}
      />
      <TextField
        name="counterpartEmail"
        type="email"
        required
        autoComplete="off"
        label={<FormattedMessage id="engagement.field.counterpartEmail" />}
        hint={<FormattedMessage id="engagement.field.counterpartEmail.hint" />}
        error={fieldError(error, "counterpartEmail")}
      />
      <button type="submit" disabled={start.isPending}>
        <FormattedMessage id="engagement.start.submit" />
      </button>
    </form>
  );
}
