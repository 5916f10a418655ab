/**
 * Write routes that take no JSON body: the fuzzer still sends them hostile bodies, raw input of
 * the wrong type and hostile path parameters, but has no fields to break. A new write route must
 * declare its body with a Zod contract (so the fuzzer derives field probes from it) or be named
 * here; `contract-fuzz.test.ts` fails otherwise. (Logging out is not fuzzed: it ends the session.)
 */
export const BODYLESS_WRITE_ROUTES = new Set([
  "DELETE /api/v1/orgs/:orgId/members/:userId",
  "DELETE /api/v1/orgs/:orgId/invitations/:invitationId",
  "POST /api/v1/invitations/:token/decline",
  "DELETE /api/v1/tokens/:tokenId",
  "POST /api/v1/briefs/:id/publish",
  "POST /api/v1/proposals/:id/submit",
  "POST /api/v1/proposals/:id/withdraw",
  "POST /api/v1/engagements/:id/withdraw",
  "POST /api/v1/engagements/:id/agreement/amendments",
  "DELETE /api/v1/orgs/:orgId/webhooks/:webhookId",
  "POST /api/v1/orgs/:orgId/webhooks/:webhookId/rotate-secret",
  "POST /api/v1/orgs/:orgId/webhooks/:webhookId/deliveries/:deliveryId/replay",
  // Multipart: hostile uploads are tested in test/api/delivery/streamed-upload.test.ts.
  "POST /api/v1/engagements/:id/files",
  "POST /api/v1/engagements/:id/change-requests/:changeRequestId/withdraw",
  "POST /api/v1/engagements/:id/change-requests/:changeRequestId/approve",
  "POST /api/v1/engagements/:id/invoices/:invoiceId/late-interest/invoice",
  "POST /api/v1/engagements/:id/invoices/:invoiceId/payments/:paymentId/confirm",
  "POST /api/v1/engagements/:id/invoices/:invoiceId/payments/:paymentId/reject",
  "POST /api/v1/engagements/:id/refunds/:refundId/confirm",
  "POST /api/v1/engagements/:id/refunds/:refundId/reject",
  "POST /api/v1/engagements/:id/disputes/:disputeId/escalate",
  "POST /api/v1/engagements/:id/disputes/:disputeId/recommendation/accept",
  "POST /api/v1/engagements/:id/exit/hand-over/:itemId/done",
  "POST /api/v1/engagements/:id/recognitions/:recognitionId/withdraw-consent",
  // One-click unsubscribe: the form mail providers post (RFC 8058) is read by no one.
  "POST /api/v1/unsubscribe/:token",
]);
