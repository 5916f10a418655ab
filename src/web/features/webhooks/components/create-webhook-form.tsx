import { useState } from "react";
import { FormattedMessage } from "react-intl";
import { NOTIFIED_EVENT_TYPES } from "../../../../domain/notifications/notification-types";
import type { NotifiedEventType, WebhookWithSecret } from "../../../shared/api/types";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { TextField, formText } from "../../../shared/components/fields";
import { useCreateWebhook } from "../api/change-webhook";
import { EventTypesField } from "./event-types-field";
import { WebhookSecret } from "./webhook-secret";

/** An owner adds an endpoint, then sees its signing secret this once. */
export function CreateWebhookForm({ orgId }: { orgId: string }) {
  const create = useCreateWebhook(orgId);
  const [created, setCreated] = useState<WebhookWithSecret | null>(null);
  const { error } = create;
  const eventTypesError =
    fieldError(error, "eventTypes") ??
    NOTIFIED_EVENT_TYPES.map((_, index) => fieldError(error, `eventTypes.${index}`)).find(Boolean);

  return (
    <div className="stack">
      {created ? <WebhookSecret webhook={created} onDone={() => setCreated(null)} /> : null}
      <form
        noValidate
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const data = new FormData(form);
          setCreated(null);
          create.mutate(
            {
              url: formText(data, "url"),
              description: formText(data, "description"),
              eventTypes: data.getAll("eventTypes").map(String) as NotifiedEventType[],
            },
            {
              onSuccess: (webhook) => {
                setCreated(webhook);
                form.reset();
              },
            },
          );
        }}
      >
        <FormAlert error={error} />
        <TextField
          name="url"
          type="url"
          inputMode="url"
          required
          autoComplete="off"
          label={<FormattedMessage id="webhooks.field.url" />}
          hint={<FormattedMessage id="webhooks.field.url.hint" />}
          error={fieldError(error, "url")}
        />
        <TextField
          name="description"
          autoComplete="off"
          label={<FormattedMessage id="webhooks.field.description" />}
          error={fieldError(error, "description")}
        />
        <EventTypesField name="eventTypes" error={eventTypesError} />
        <button type="submit" disabled={create.isPending}>
          <FormattedMessage id="webhooks.create.submit" />
        </button>
      </form>
    </div>
  );
}
