/**
 * The ledger export is a file download, so the browser fetches it through a plain link
 * (the session cookie goes with it) rather than through the JSON client.
 */
export function ledgerExportUrl(engagementId: string): string {
  return `/api/v1/engagements/${encodeURIComponent(engagementId)}/ledger/export`;
}

export function ledgerExportFileName(engagementId: string): string {
  return `accord-ledger-${engagementId}.json`;
}
