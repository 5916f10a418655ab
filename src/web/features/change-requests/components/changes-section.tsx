import { useEffect } from "react";
import { FormattedMessage } from "react-intl";
import { useLocation } from "react-router";
import type { Engagement } from "../../../shared/api/types";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useChangeRequests } from "../api/get-change-requests";
import { ChangeRequestItem } from "./change-request-item";
import { ProposeChangeForm, type ProposeChangePrefill } from "./propose-change-form";

/**
 * The engagement's change requests: each with its price and decision and the reader's next
 * step, and a form to propose a new one.
 */
export function ChangesSection({
  engagement,
  deliverables,
  currency,
  prefill,
}: {
  engagement: Engagement;
  /** The deliverables of the agreement in force, which a change may touch. */
  deliverables: readonly { id: string; title: string }[];
  /** The agreement's currency, in which changes are priced. */
  currency: string;
  prefill: ProposeChangePrefill | null;
}) {
  const changes = useChangeRequests(engagement.id);
  const { hash } = useLocation();
  const isLoaded = changes.isSuccess;

  // A link to one change (#change-3) lands on it once the list is there.
  useEffect(() => {
    if (!isLoaded || !hash.startsWith("#change-")) return;
    const target = document.getElementById(hash.slice(1));
    target?.scrollIntoView({ block: "start" });
    target?.focus({ preventScroll: true });
  }, [isLoaded, hash]);

  const titles = new Map(deliverables.map((d) => [d.id, d.title]));
  return (
    <div className="stack-lg">
      <p className="muted">
        <FormattedMessage id="changes.intro" />
      </p>
      <section className="stack" aria-labelledby="changes-list-title">
        <h2 id="changes-list-title">
          <FormattedMessage id="changes.list.title" />
        </h2>
        {changes.isPending ? (
          <Loading />
        ) : changes.isError ? (
          <QueryError error={changes.error} onRetry={() => void changes.refetch()} />
        ) : changes.data.changeRequests.length === 0 ? (
          <p className="muted">
            <FormattedMessage id="changes.list.empty" />
          </p>
        ) : (
          changes.data.changeRequests.map((change) => (
            <ChangeRequestItem
              key={change.id}
              engagement={engagement}
              change={change}
              deliverableTitles={titles}
              currency={currency}
            />
          ))
        )}
      </section>
      {engagement.abilities.changeRequests.propose ? (
        <ProposeChangeForm
          engagementId={engagement.id}
          deliverables={deliverables}
          prefill={prefill}
        />
      ) : null}
    </div>
  );
}
