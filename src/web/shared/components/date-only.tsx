import { FormattedDate } from "react-intl";

/** A calendar date (YYYY-MM-DD) read as that day everywhere, whatever the reader's time zone. */
export function DateOnly({ value }: { value: string }) {
  return (
    <time dateTime={value}>
      <FormattedDate value={`${value}T00:00:00Z`} dateStyle="long" timeZone="UTC" />
    </time>
  );
}
