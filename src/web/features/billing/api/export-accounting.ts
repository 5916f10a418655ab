/**
 * The organisation's invoices (with credit notes), payments and refunds as CSV for its accounting:
 * downloads the browser fetches through a plain link with the session cookie.
 */
export function accountingCsvUrl(orgId: string, what: "invoices" | "payments" | "refunds"): string {
  return `/api/v1/orgs/${encodeURIComponent(orgId)}/${what}.csv`;
}
