/**
 * The whole engagement as one JSON file (`accord-archive/1`): a download through a plain link,
 * so the session cookie goes with it and the server names the file.
 */
export function archiveUrl(engagementId: string): string {
  return `/api/v1/engagements/${encodeURIComponent(engagementId)}/archive`;
}
