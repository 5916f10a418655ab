import { useState } from "react";
import { FormattedMessage } from "react-intl";
import type { Engagement } from "../../../shared/api/types";
import { FindingsPanel } from "../../../shared/components/findings-panel";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useAgreementVersion } from "../api/get-agreement";
import { AgreementEditor } from "./agreement-editor";
import { AGREEMENT_SCOPE } from "./agreement-rules-fields";
import { AgreementTermsView } from "./agreement-terms-view";
import { SignPanel } from "./sign-panel";

/**
 * One version of the agreement: the draft in its editor for those who may edit it, any other
 * version for reading; beside it the fair-terms check and the signatures.
 */
export function VersionPanel({
  engagementId,
  versionNumber,
  side,
  abilities,
}: {
  engagementId: string;
  versionNumber: number;
  side: "client" | "provider";
  abilities: Engagement["abilities"]["agreement"];
}) {
  const version = useAgreementVersion(engagementId, versionNumber);
  const [isDirty, setIsDirty] = useState(false);
  if (version.isPending) return <Loading />;
  if (version.isError)
    return <QueryError error={version.error} onRetry={() => void version.refetch()} />;

  const data = version.data;
  const isEditable = data.status === "draft" && abilities.editDraft;
  return (
    <div className="editor-layout">
      <div className="editor-main">
        {isEditable ? (
          <AgreementEditor
            engagementId={engagementId}
            draft={data}
            side={side}
            onDirtyChange={setIsDirty}
            onReload={async () => (await version.refetch()).data}
          />
        ) : (
          <AgreementTermsView terms={data.terms} />
        )}
      </div>
      <aside className="editor-aside stack">
        <FindingsPanel
          title={<FormattedMessage id="agreement.fairTerms.title" />}
          intro={<FormattedMessage id="agreement.fairTerms.intro" />}
          findings={data.findings}
          scope={isEditable ? AGREEMENT_SCOPE : undefined}
          isStale={isDirty}
          empty={<FormattedMessage id="agreement.fairTerms.clear" />}
        />
        <SignPanel
          engagementId={engagementId}
          version={data}
          side={side}
          canSign={abilities.sign}
          isDirty={isDirty}
        />
      </aside>
    </div>
  );
}
