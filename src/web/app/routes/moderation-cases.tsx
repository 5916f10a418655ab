import { FormattedMessage, useIntl } from "react-intl";
import { useMyCases } from "../../features/moderation/api/get-cases";
import { CaseCard } from "../../features/moderation/components/case-card";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { MoreButton } from "../../shared/components/more-button";

/**
 * The cases concerning the reader's organisations: as the accused, its notice and the form to
 * answer it; as the complainant, how its report is handled; either may appeal a decision once.
 */
export function ModerationCasesRoute() {
  const intl = useIntl();
  const cases = useMyCases();
  useDocumentTitle(intl.formatMessage({ id: "moderation.cases.title" }));
  return (
    <div className="stack-lg">
      <h1>
        <FormattedMessage id="moderation.cases.title" />
      </h1>
      <p className="lead">
        <FormattedMessage id="moderation.cases.intro" />
      </p>
      {cases.isPending ? (
        <Loading />
      ) : cases.isError ? (
        <QueryError error={cases.error} onRetry={() => void cases.refetch()} />
      ) : cases.data.pages[0]?.cases.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="moderation.cases.empty" />
        </p>
      ) : (
        <>
          {cases.data.pages
            .flatMap((page) => page.cases)
            .map((item) => (
              <CaseCard key={item.id} item={item} />
            ))}
          <MoreButton list={cases} label="moderation.cases.loadMore" />
        </>
      )}
    </div>
  );
}
