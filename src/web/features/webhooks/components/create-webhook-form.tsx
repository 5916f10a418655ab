import { useState } from "react";
import { FormattedMessage } from "react-intl";
import { NOTIFIED_EVENT_TYPES } from "../../../../domain/notifications/notification-types";
import type { NotifiedEventType, WebhookWithSecret } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { CreateWebhookBody } from "../../../../contracts/webhooks";
import { useCreateWebhook } from "../api/change-webhook";
import { CREATE_WEBHOOK_WORDS } from "../create-webhook-form-state";
import { EventTypesField } from "./event-types-field";
import { WebhookSecret } from "./webhook-secret";

interface CreateWebhookValues {
  url: string;
  description: string;
  eventTypes: NotifiedEventType[];
}

const DEFAULT_VALUES: CreateWebhookValues = { url: "", description: "", eventTypes: [] };

/** An owner adds an endpoint, then sees its signing secret this once. */
export function CreateWebhookForm({ orgId }: { orgId: string }) {
  const create = useCreateWebhook(orgId);
  const [created, setCreated] = useState<WebhookWithSecret | null>(null);
  const form = useContractForm<typeof CreateWebhookBody, CreateWebhookValues>(CreateWebhookBody, {
    defaultValues: DEFAULT_VALUES,
    words: CREATE_WEBHOOK_WORDS,
  });
  const eventTypesError =
    form.errorOf("eventTypes") ??
    NOTIFIED_EVENT_TYPES.map((_, index) => form.errorOf(`eventTypes.${index}`)).find(Boolean);

  return (
    <div className="stack">
      {created ? <WebhookSecret webhook={created} onDone={() => setCreated(null)} /> : null}
      <form
        noValidate
        className="stack"
        onSubmit={(event) => {
          setCreated(null);
          form.submitWith((body) =>
            create.mutate(body, {
              onSuccess: (webhook) => {
                setCreated(webhook);
                form.reset(DEFAULT_VALUES);
              },
              onError: form.showServerErrors,
            }),
          )(event);
        }}
      >
        <FormAlert error={create.error} />
        <TextField
          type="url"
          inputMode="url"
          required
          autoComplete="off"
          label={<FormattedMessage id="webhooks.field.url" />}
          hint={<FormattedMessage id="webhooks.field.url.hint" />}
          {...form.field("url")}
        />
        <TextField
          autoComplete="off"
          label={<FormattedMessage id="webhooks.field.description" />}
          {...form.field("description")}
        />
        <EventTypesField registration={form.register("eventTypes")} error={eventTypesError} />
        <button type="submit" disabled={create.isPending}>
          <FormattedMessage id="webhooks.create.submit" />
        </button>
      </form>
    </div>
  );
}
