import { useIntl } from "react-intl";

const KB = 1024;
const MB = 1024 * 1024;

/** A size as people read it: "820 kB", "4.2 MB", in the reader's number format. */
export function useFormatFileSize(): (bytes: number) => string {
  const intl = useIntl();
  return (bytes) =>
    bytes >= MB
      ? intl.formatNumber(bytes / MB, {
          style: "unit",
          unit: "megabyte",
          unitDisplay: "short",
          maximumFractionDigits: 1,
        })
      : intl.formatNumber(Math.max(1, Math.round(bytes / KB)), {
          style: "unit",
          unit: "kilobyte",
          unitDisplay: "short",
        });
}
