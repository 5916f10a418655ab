import { FormattedMessage } from "react-intl";
import type { Brief } from "../../../shared/api/types";
import { FindingsPanel } from "../../../shared/components/findings-panel";
import { BRIEF_SCOPE } from "./brief-purpose-fields";

/** What the clarity check found in the last saved version, each finding linked to its field. */
export function ClarityPanel({ brief, isStale }: { brief: Brief | null; isStale: boolean }) {
  if (!brief) {
    return (
      <section className="card stack findings-panel" aria-labelledby="clarity-title">
        <h2 id="clarity-title">
          <FormattedMessage id="brief.clarity.title" />
        </h2>
        <p className="muted">
          <FormattedMessage id="brief.clarity.unsaved" />
        </p>
      </section>
    );
  }
  return (
    <FindingsPanel
      title={<FormattedMessage id="brief.clarity.title" />}
      intro={<FormattedMessage id="brief.clarity.intro" />}
      findings={brief.findings}
      scope={BRIEF_SCOPE}
      isStale={isStale}
      empty={<FormattedMessage id="brief.clarity.clear" />}
    />
  );
}
