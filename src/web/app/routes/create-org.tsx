import { FormattedMessage, useIntl } from "react-intl";
import { useNavigate } from "react-router";
import { CreateOrgForm } from "../../features/orgs/components/create-org-form";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

export function CreateOrgRoute() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { setCurrentOrgId } = useCurrentOrg();
  useDocumentTitle(intl.formatMessage({ id: "org.create.title" }));

  return (
    <div className="narrow stack">
      <h1>
        <FormattedMessage id="org.create.title" />
      </h1>
      <p className="muted">
        <FormattedMessage id="org.create.intro" />
      </p>
      <CreateOrgForm
        onCreated={(org) => {
          setCurrentOrgId(org.id);
          void navigate(`/orgs/${org.id}/members`);
        }}
      />
    </div>
  );
}
