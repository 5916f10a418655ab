import { useEffect } from "react";
import { useIntl } from "react-intl";

/** Names the browser tab after the page, so history and assistive technology can tell pages apart. */
export function useDocumentTitle(page: string | null | undefined): void {
  const intl = useIntl();
  const title = page
    ? intl.formatMessage({ id: "app.documentTitle" }, { page })
    : intl.formatMessage({ id: "app.name" });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
