import { FormattedMessage, useIntl } from "react-intl";
import { useMe } from "../../features/auth/api/get-me";
import { useTaxonomy } from "../../features/taxonomy/api/get-taxonomy";
import { CategoryForm } from "../../features/taxonomy/components/category-form";
import { SkillForm } from "../../features/taxonomy/components/skill-form";
import { TaxonomyTable } from "../../features/taxonomy/components/taxonomy-table";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

/** Moderators keep the taxonomy of services and skills, named in the five languages. */
export function TaxonomyRoute() {
  const intl = useIntl();
  const me = useMe();
  const taxonomy = useTaxonomy();
  useDocumentTitle(intl.formatMessage({ id: "taxonomy.title" }));
  const isModerator = me.data?.user.platformRole === "moderator";
  return (
    <div className="stack-lg">
      <div className="stack-sm">
        <h1>
          <FormattedMessage id="taxonomy.title" />
        </h1>
        <p className="muted">
          <FormattedMessage id="taxonomy.intro" />
        </p>
      </div>
      {!isModerator ? (
        <p className="alert alert-info">
          <FormattedMessage id="taxonomy.moderatorsOnly" />
        </p>
      ) : taxonomy.isPending ? (
        <Loading />
      ) : taxonomy.isError ? (
        <QueryError error={taxonomy.error} onRetry={() => void taxonomy.refetch()} />
      ) : (
        <>
          <div className="two-columns">
            <section className="card stack" aria-labelledby="category-form-title">
              <h2 id="category-form-title">
                <FormattedMessage id="taxonomy.category.title" />
              </h2>
              <CategoryForm taxonomy={taxonomy.data} />
            </section>
            <section className="card stack" aria-labelledby="skill-form-title">
              <h2 id="skill-form-title">
                <FormattedMessage id="taxonomy.skill.title" />
              </h2>
              <SkillForm taxonomy={taxonomy.data} />
            </section>
          </div>
          <TaxonomyTable taxonomy={taxonomy.data} />
        </>
      )}
    </div>
  );
}
