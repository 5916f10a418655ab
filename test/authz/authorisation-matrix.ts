/**
 * Who may call what: the expected HTTP status of every route for every persona, in one table
 * to review. `authorisation-matrix.test.ts` builds a world once and checks each cell against an
 * app over a copy of it.
 *
 * The world: client organisation A with an owner, a viewer and a member (the target of role
 * changes); provider organisation B whose owner is the counterpart of A's accepted engagement
 * E; organisation C with an outsider; a pending membership invitation of A; an API token of A
 * (created by A's owner, holding all four scopes).
 *
 * Personas:
 * - anonymous:   no cookie, no token
 * - outsider:    owner of the unrelated organisation C
 * - viewer:      viewer in A
 * - counterpart: owner of B, the other side of E ("n/a" where no engagement or org of A is concerned)
 * - owner:       owner of A (the happy path)
 * - token:       A's API token, by Bearer, with every scope
 *
 * Path parameters are A's and E's: `:orgId` = A, `:userId` = A's member, `:invitationId` and
 * `:token` = the pending invitation, `:id` = E, `:tokenId` = A's token, `:webhookId` = A's
 * webhook endpoint W, `:deliveryId` = W's delivery of the counterpart's message M in E.
 * Delivery routes use engagement G instead of E: a proposal of B accepted by A, whose agreement
 * both owners signed, with a round of d1 in review, an uploaded file, and two change requests.
 * Billing routes use G too: `:invoiceId` = I, a manual invoice B issued on 1 October (so it is
 * overdue), or D, B's draft, for the draft-only steps; `:paymentId` = P, a payment A recorded
 * on I, awaiting B's answer; `:refundId` = R, money B paid back to A, awaiting A's answer.
 */

export const PERSONAS = [
  "anonymous",
  "outsider",
  "viewer",
  "counterpart",
  "owner",
  "token",
] as const;
export type Persona = (typeof PERSONAS)[number];
export type Expected = number | "n/a";
export type MatrixRow = Record<Persona, Expected>;

/** Public infrastructure, outside the matrix: anyone may call them, and they touch no data. */
export const PUBLIC_ROUTES = [
  "GET /healthz",
  "GET /readyz",
  "GET /metrics",
  "GET /api/v1/openapi.json",
  "GET /api/docs",
  "GET /api/docs/json",
  "GET /api/docs/yaml",
  "GET /api/docs/static/index.html",
  "GET /api/docs/static/swagger-initializer.js",
  "GET /api/docs/static/*",
] as const;

// prettier-ignore
export const AUTHORISATION_MATRIX: Record<string, MatrixRow> = {
  // auth: public routes answer everyone; a token is just another caller there
  "GET /api/v1/auth/csrf":        { anonymous: 200, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 200 },
  "POST /api/v1/auth/signup":     { anonymous: 201, outsider: 201, viewer: 201, counterpart: "n/a", owner: 201, token: 201 },
  // the body logs in as A's owner, whoever sends it
  "POST /api/v1/auth/login":      { anonymous: 200, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 200 },
  // session-only: tokens are refused with token_scope_missing
  "POST /api/v1/auth/logout":     { anonymous: 401, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 403 },
  "POST /api/v1/auth/logout-all": { anonymous: 401, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 403 },
  "GET /api/v1/me":               { anonymous: 401, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 200 },
  "PATCH /api/v1/me":             { anonymous: 401, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 403 },
  // what waits for the caller, across their own organisations' engagements only
  "GET /api/v1/me/waiting":       { anonymous: 401, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 200 },
  // forgot password: public, answered alike for every caller; an unknown link is gone (410)
  "POST /api/v1/auth/password-reset/request": { anonymous: 202, outsider: 202, viewer: 202, counterpart: "n/a", owner: 202, token: 202 },
  "POST /api/v1/auth/password-reset":         { anonymous: 410, outsider: 410, viewer: 410, counterpart: "n/a", owner: 410, token: 410 },

  // organisations: anyone signed in may found one; a token may not (session-only)
  "POST /api/v1/orgs":            { anonymous: 401, outsider: 201, viewer: 201, counterpart: "n/a", owner: 201, token: 403 },
  // lists the caller's own organisations only
  "GET /api/v1/orgs":             { anonymous: 401, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 200 },
  // being A's partner on E gives no view into A itself
  "GET /api/v1/orgs/:orgId":                                { anonymous: 401, outsider: 404, viewer: 200, counterpart: 404, owner: 200, token: 200 },
  "GET /api/v1/orgs/:orgId/members":                        { anonymous: 401, outsider: 404, viewer: 200, counterpart: 404, owner: 200, token: 200 },
  // the checklist of A's first steps: A's members only
  "GET /api/v1/orgs/:orgId/onboarding":                     { anonymous: 401, outsider: 404, viewer: 200, counterpart: 404, owner: 200, token: 200 },
  "PATCH /api/v1/orgs/:orgId/members/:userId":              { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 200, token: 200 },
  // the viewer removes someone else here (leaving oneself is allowed to any role)
  "DELETE /api/v1/orgs/:orgId/members/:userId":             { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 200, token: 200 },
  "POST /api/v1/orgs/:orgId/invitations":                   { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 201, token: 201 },
  "GET /api/v1/orgs/:orgId/invitations":                    { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 200, token: 200 },
  "DELETE /api/v1/orgs/:orgId/invitations/:invitationId":   { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 200, token: 200 },

  // invitation links: the secret link is the proof of being invited, so whoever holds it and
  // is signed in may see and answer it; people already in A get 409 already_member
  "GET /api/v1/invitations/:token":           { anonymous: 401, outsider: 200, viewer: 200, counterpart: 200, owner: 200, token: 403 },
  "POST /api/v1/invitations/:token/accept":   { anonymous: 401, outsider: 200, viewer: 409, counterpart: 200, owner: 409, token: 403 },
  "POST /api/v1/invitations/:token/decline":  { anonymous: 401, outsider: 200, viewer: 200, counterpart: 200, owner: 200, token: 403 },

  // engagements: starting one for A needs owner or member of A; outsiders and partners get 404
  "POST /api/v1/engagements":                         { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 201, token: 201 },
  // withdrawing is the proposing side's (A, owner or member) while pending: E is accepted, so 409
  "POST /api/v1/engagements/:id/withdraw":            { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 409, token: 409 },
  // everyone lists their own organisations' engagements
  "GET /api/v1/engagements":                          { anonymous: 401, outsider: 200, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  // E is visible to any role of either participating organisation
  "GET /api/v1/engagements/:id":                      { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/events":               { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/ledger/verify":        { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/ledger/export":        { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/archive":              { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },

  // API tokens: owners only, from a session only (a token cannot mint or see tokens)
  "GET /api/v1/tokens":             { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 200, token: 403 },
  "POST /api/v1/tokens":            { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 201, token: 403 },
  "DELETE /api/v1/tokens/:tokenId": { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 200, token: 403 },

  // taxonomy: everyone signed in reads it; only platform moderators edit it (no persona here is one)
  "GET /api/v1/taxonomy":                    { anonymous: 401, outsider: 200, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "PUT /api/v1/taxonomy/categories/:id":     { anonymous: 401, outsider: 403, viewer: 403, counterpart: 403, owner: 403, token: 403 },
  "PUT /api/v1/taxonomy/skills/:id":         { anonymous: 401, outsider: 403, viewer: 403, counterpart: 403, owner: 403, token: 403 },

  // provider profiles (here B's): public to everyone signed in, written by B's owners and members
  "GET /api/v1/providers/:orgId":            { anonymous: 401, outsider: 200, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "PUT /api/v1/providers/:orgId":            { anonymous: 401, outsider: 404, viewer: 404, counterpart: 200, owner: 404, token: 404 },

  // briefs of A: A sees them all; providers (B) see a published one; drafts stay with A
  "POST /api/v1/briefs":                     { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 201, token: 201 },
  "GET /api/v1/briefs":                      { anonymous: 401, outsider: 404, viewer: 200, counterpart: 404, owner: 200, token: 200 },
  "GET /api/v1/briefs/:id":                  { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "PUT /api/v1/briefs/:id":                  { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 200, token: 200 },
  "POST /api/v1/briefs/:id/publish":         { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 200, token: 200 },
  // matching and shortlisting are the client's tools, not the providers'
  // the client's payment record and score, for whoever may read the brief (a provider deciding)
  "GET /api/v1/briefs/:id/client-record":    { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/briefs/:id/matches":          { anonymous: 401, outsider: 404, viewer: 200, counterpart: 404, owner: 200, token: 200 },
  "POST /api/v1/briefs/:id/shortlist":       { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 200, token: 200 },

  // proposals: B (the counterpart) writes and sends to A's published brief; A answers. Here
  // `:id` is B's submitted proposal P, or R (sent back for revision) for PUT and submit.
  "POST /api/v1/briefs/:id/proposals":        { anonymous: 401, outsider: 404, viewer: 404, counterpart: 201, owner: 404, token: 404 },
  "GET /api/v1/briefs/:id/proposals":         { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  // B's own proposals (`?orgId=` B): only B's people see them
  "GET /api/v1/proposals":                    { anonymous: 401, outsider: 404, viewer: 404, counterpart: 200, owner: 404, token: 404 },
  "GET /api/v1/proposals/:id":                { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "PUT /api/v1/proposals/:id":                { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 403, token: 403 },
  "POST /api/v1/proposals/:id/submit":        { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 403, token: 403 },
  "POST /api/v1/proposals/:id/withdraw":      { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 403, token: 403 },
  "POST /api/v1/proposals/:id/decline":       { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 200, token: 200 },
  "POST /api/v1/proposals/:id/request-revision": { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 200, token: 200 },
  "POST /api/v1/proposals/:id/accept":        { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 200, token: 200 },

  // agreements, on F (born of an accepted proposal, draft v1 open): both sides read and edit;
  // only an owner signs, in person (session only); an amendment waits for the open draft
  "GET /api/v1/engagements/:id/agreement":                          { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/agreement/versions/:version":        { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/agreement/versions/:version/pdf":    { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "PUT /api/v1/engagements/:id/agreement/draft":                    { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/agreement/versions/:version/sign":  { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 200, token: 403 },
  "POST /api/v1/engagements/:id/agreement/amendments":              { anonymous: 401, outsider: 404, viewer: 403, counterpart: 409, owner: 409, token: 409 },
  "GET /api/v1/engagements/:id/agreement/diff":                     { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },

  // delivery in G (A's signed engagement with B): the provider (B) hands in and prices, the client
  // (A) evaluates and approves; `:submissionId` is a round of d1 in review, `:deliverableId` d2,
  // `:changeRequestId` a change A proposed (still unpriced), approve uses one B has priced
  "GET /api/v1/engagements/:id/delivery":                                     { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  // the counterpart passes authorisation and is then told the body is not multipart
  "POST /api/v1/engagements/:id/files":                                       { anonymous: 401, outsider: 404, viewer: 403, counterpart: 400, owner: 403, token: 403 },
  "GET /api/v1/engagements/:id/files/:fileId":                                { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/deliverables/:deliverableId/submissions":     { anonymous: 401, outsider: 404, viewer: 403, counterpart: 201, owner: 403, token: 403 },
  "POST /api/v1/engagements/:id/submissions/:submissionId/evaluation":        { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/change-requests":                              { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/change-requests/:changeRequestId":             { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/change-requests":                             { anonymous: 401, outsider: 404, viewer: 403, counterpart: 201, owner: 201, token: 201 },
  // the side a step belongs to is the change request's rule: the other side gets 403
  "POST /api/v1/engagements/:id/change-requests/:changeRequestId/price":      { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 403, token: 403 },
  "POST /api/v1/engagements/:id/change-requests/:changeRequestId/decline":    { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 403, token: 403 },
  "POST /api/v1/engagements/:id/change-requests/:changeRequestId/withdraw":   { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/change-requests/:changeRequestId/approve":    { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 200, token: 200 },

  // billing in G: B (the provider) drafts, issues, voids, credits and claims late interest; both
  // sides record payments and read everything issued; the side that recorded P cannot answer it
  "GET /api/v1/engagements/:id/invoices":                                              { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/invoices":                                             { anonymous: 401, outsider: 404, viewer: 403, counterpart: 201, owner: 403, token: 403 },
  "GET /api/v1/engagements/:id/invoices/:invoiceId":                                   { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "PUT /api/v1/engagements/:id/invoices/:invoiceId":                                   { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 403, token: 403 },
  "POST /api/v1/engagements/:id/invoices/:invoiceId/issue":                            { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 403, token: 403 },
  "POST /api/v1/engagements/:id/invoices/:invoiceId/void":                             { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 403, token: 403 },
  "GET /api/v1/engagements/:id/invoices/:invoiceId/late-interest":                     { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/invoices/:invoiceId/late-interest/invoice":            { anonymous: 401, outsider: 404, viewer: 403, counterpart: 201, owner: 403, token: 403 },
  "GET /api/v1/engagements/:id/invoices/:invoiceId/pdf":                               { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/invoices/:invoiceId/early-payment-check":               { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/invoices/:invoiceId/payments":                         { anonymous: 401, outsider: 404, viewer: 403, counterpart: 201, owner: 201, token: 201 },
  "POST /api/v1/engagements/:id/invoices/:invoiceId/payments/:paymentId/confirm":      { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 403, token: 403 },
  "POST /api/v1/engagements/:id/invoices/:invoiceId/payments/:paymentId/reject":       { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 403, token: 403 },
  "POST /api/v1/engagements/:id/invoices/:invoiceId/credit-notes":                     { anonymous: 401, outsider: 404, viewer: 403, counterpart: 201, owner: 403, token: 403 },
  // money B paid back in G: B records refund R, A (the client) confirms or rejects it
  "GET /api/v1/engagements/:id/refunds":                                               { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/refunds":                                              { anonymous: 401, outsider: 404, viewer: 403, counterpart: 201, owner: 403, token: 403 },
  "POST /api/v1/engagements/:id/refunds/:refundId/confirm":                            { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/refunds/:refundId/reject":                             { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/payment-record":                                        { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/remuneration-trend":                                    { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  // an organisation's own money: A's record and exports are A's alone, E's partner B included
  "GET /api/v1/orgs/:orgId/payment-record":                                            { anonymous: 401, outsider: 404, viewer: 200, counterpart: 404, owner: 200, token: 200 },
  "GET /api/v1/orgs/:orgId/invoices.csv":                                              { anonymous: 401, outsider: 404, viewer: 200, counterpart: 404, owner: 200, token: 200 },
  "GET /api/v1/orgs/:orgId/payments.csv":                                              { anonymous: 401, outsider: 404, viewer: 200, counterpart: 404, owner: 200, token: 200 },
  "GET /api/v1/orgs/:orgId/refunds.csv":                                               { anonymous: 401, outsider: 404, viewer: 200, counterpart: 404, owner: 200, token: 200 },
  // here `:orgId` is B, a provider: only B's people see its reminder days, only owners set them
  "GET /api/v1/orgs/:orgId/reminder-schedule":                                         { anonymous: 401, outsider: 404, viewer: 404, counterpart: 200, owner: 404, token: 404 },
  "PUT /api/v1/orgs/:orgId/reminder-schedule":                                         { anonymous: 401, outsider: 404, viewer: 404, counterpart: 200, owner: 404, token: 404 },

  // messages in E: both sides read and write; viewers read (and their reading is a receipt)
  // but never speak for their side; tokens read with engagements:read, write with :write
  "GET /api/v1/engagements/:id/threads":            { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/messages":           { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/messages":          { anonymous: 401, outsider: 404, viewer: 403, counterpart: 201, owner: 201, token: 201 },
  "POST /api/v1/engagements/:id/messages/read":     { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/responsiveness":     { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },

  // relationship health of E: both sides read the same scores; each answers check-ins for its
  // own side (none is open in this world, hence 409); a scorecard is its organisation's own and
  // its counterparties' (B shares E with A), nobody else's
  "GET /api/v1/engagements/:id/health":             { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/health/history":     { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/check-ins":          { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/check-in":          { anonymous: 401, outsider: 404, viewer: 403, counterpart: 409, owner: 409, token: 409 },
  "GET /api/v1/orgs/:orgId/scorecard":              { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },

  // disputes and the exit of E (no agreement in force, no dispute, no exit yet): both sides read,
  // owners and members act for their side, viewers only read
  "GET /api/v1/engagements/:id/disputes":                              { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/engagements/:id/disputes/:disputeId":                   { anonymous: 401, outsider: 404, viewer: 404, counterpart: 404, owner: 404, token: 404 },
  "GET /api/v1/engagements/:id/disputes/:disputeId/settlement":        { anonymous: 401, outsider: 404, viewer: 404, counterpart: 404, owner: 404, token: 404 },
  "POST /api/v1/engagements/:id/disputes":                             { anonymous: 401, outsider: 404, viewer: 403, counterpart: 409, owner: 409, token: 409 },
  "POST /api/v1/engagements/:id/disputes/:disputeId/response":         { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  "POST /api/v1/engagements/:id/disputes/:disputeId/offers":           { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  "POST /api/v1/engagements/:id/disputes/:disputeId/offers/answer":    { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  "POST /api/v1/engagements/:id/disputes/:disputeId/escalate":         { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  "POST /api/v1/engagements/:id/disputes/:disputeId/recommendation/accept": { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  "GET /api/v1/engagements/:id/exit":                                  { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/exit":                                 { anonymous: 401, outsider: 404, viewer: 403, counterpart: 409, owner: 409, token: 409 },
  "POST /api/v1/engagements/:id/exit/feedback":                        { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  "POST /api/v1/engagements/:id/exit/hand-over/:itemId/done":          { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },

  // notifications and e-mail choices are each person's own, across organisations: session only
  "GET /api/v1/notifications":                      { anonymous: 401, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 403 },
  "POST /api/v1/notifications/read":                { anonymous: 401, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 403 },
  "GET /api/v1/me/notification-preferences":        { anonymous: 401, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 403 },
  "PUT /api/v1/me/notification-preferences":        { anonymous: 401, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 403 },
  // one-click unsubscribe (RFC 8058): public, the signed link (here A's member's) says whose
  // e-mail stops, whoever sends it; again and again alike
  "POST /api/v1/unsubscribe/:token":                { anonymous: 200, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 200 },
  // a browser that opens the link is sent to the page that asks (RFC 8058: a GET changes nothing)
  "GET /api/v1/unsubscribe/:token":                 { anonymous: 303, outsider: 303, viewer: 303, counterpart: "n/a", owner: 303, token: 303 },

  // A's webhooks (`:webhookId` = A's endpoint W, `:deliveryId` = W's delivery of a message in
  // E): everyone in A reads endpoints and log, A's owners manage; B, E's partner, sees nothing
  "GET /api/v1/orgs/:orgId/webhooks":                                           { anonymous: 401, outsider: 404, viewer: 200, counterpart: 404, owner: 200, token: 200 },
  "POST /api/v1/orgs/:orgId/webhooks":                                          { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 201, token: 201 },
  "PATCH /api/v1/orgs/:orgId/webhooks/:webhookId":                              { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 200, token: 200 },
  "DELETE /api/v1/orgs/:orgId/webhooks/:webhookId":                             { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 200, token: 200 },
  "POST /api/v1/orgs/:orgId/webhooks/:webhookId/rotate-secret":                 { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 200, token: 200 },
  "GET /api/v1/orgs/:orgId/webhooks/:webhookId/deliveries":                     { anonymous: 401, outsider: 404, viewer: 200, counterpart: 404, owner: 200, token: 200 },
  "GET /api/v1/orgs/:orgId/webhooks/:webhookId/deliveries/:deliveryId":         { anonymous: 401, outsider: 404, viewer: 200, counterpart: 404, owner: 200, token: 200 },
  "POST /api/v1/orgs/:orgId/webhooks/:webhookId/deliveries/:deliveryId/replay": { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 201, token: 201 },

  // reviews in E: both sides read (the other side's review blind until published), owners and
  // members write; E has no accepted milestone, so A's review finds no occasion (422) and B's
  // stars name A's aspects wrongly (400); the reply route meets a review nobody may see
  "GET /api/v1/engagements/:id/reviews":                    { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/reviews":                   { anonymous: 401, outsider: 404, viewer: 403, counterpart: 400, owner: 422, token: 422 },
  "POST /api/v1/engagements/:id/reviews/:reviewId/reply":   { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  // public reputation: any signed-in person, for any organisation (here A)
  "GET /api/v1/orgs/:orgId/reputation":                     { anonymous: 401, outsider: 200, viewer: 200, counterpart: 200, owner: 200, token: 403 },
  // moderation (`:caseId` = C, opened by A's report of B's message M): platform moderators
  // alone hide reviews, read the queue and the nudge figure, and decide; the accused (B)
  // answers; either party appeals once decided (C is still open: 409); others learn nothing
  "POST /api/v1/moderation/reviews/:reviewId/hide":         { anonymous: 401, outsider: 403, viewer: 403, counterpart: 403, owner: 403, token: 403 },
  "GET /api/v1/moderation/nudge-stats":                     { anonymous: 401, outsider: 403, viewer: 403, counterpart: 403, owner: 403, token: 403 },
  "GET /api/v1/moderation/closer-look":                     { anonymous: 401, outsider: 403, viewer: 403, counterpart: 403, owner: 403, token: 403 },
  "GET /api/v1/moderation/queue":                           { anonymous: 401, outsider: 403, viewer: 403, counterpart: 403, owner: 403, token: 403 },
  "POST /api/v1/moderation/reports":                        { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 201, token: 201 },
  "GET /api/v1/moderation/cases":                           { anonymous: 401, outsider: 200, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "GET /api/v1/moderation/cases/:caseId":                   { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/moderation/cases/:caseId/response":         { anonymous: 401, outsider: 404, viewer: 403, counterpart: 200, owner: 403, token: 403 },
  "POST /api/v1/moderation/cases/:caseId/decision":         { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 403, token: 403 },
  "POST /api/v1/moderation/cases/:caseId/appeal":           { anonymous: 401, outsider: 404, viewer: 403, counterpart: 409, owner: 409, token: 409 },
  "POST /api/v1/moderation/cases/:caseId/appeal/decision":  { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 403, token: 403 },
  // mediation: platform moderators alone read the disputes in mediation and recommend; a
  // dispute nobody here may mediate is not found, and sessions only (tokens: 403)
  "GET /api/v1/moderation/mediations":                       { anonymous: 401, outsider: 403, viewer: 403, counterpart: 403, owner: 403, token: 403 },
  "POST /api/v1/moderation/mediations/:disputeId/recommendation": { anonymous: 401, outsider: 404, viewer: 404, counterpart: 404, owner: 404, token: 403 },
  // growth in E: both sides read and set goals and record values; `:goalId`, `:measurementId`
  // and `:correctionId` name nothing in E, so participants who may write learn only that
  "GET /api/v1/engagements/:id/goals":                                                 { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/goals":                                                { anonymous: 401, outsider: 404, viewer: 403, counterpart: 201, owner: 201, token: 201 },
  "POST /api/v1/engagements/:id/goals/:goalId/values":                                 { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  "POST /api/v1/engagements/:id/goals/:goalId/values/:measurementId/corrections":      { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  "POST /api/v1/engagements/:id/goal-corrections/:correctionId/answer":                { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  "GET /api/v1/engagements/:id/relationship-reviews":                                  { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/relationship-reviews/:reviewId/answer":                { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  // next-phase offers: the provider (B) offers, the client (A) answers; E has no agreement in
  // force (409) and no offer (404). Recognition either way; published recognition is public.
  "GET /api/v1/engagements/:id/next-phase-offers":                                     { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/next-phase-offers":                                    { anonymous: 401, outsider: 404, viewer: 403, counterpart: 409, owner: 403, token: 403 },
  "POST /api/v1/engagements/:id/next-phase-offers/:offerId/answer":                    { anonymous: 401, outsider: 404, viewer: 403, counterpart: 403, owner: 404, token: 404 },
  "GET /api/v1/engagements/:id/recognitions":                                          { anonymous: 401, outsider: 404, viewer: 200, counterpart: 200, owner: 200, token: 200 },
  "POST /api/v1/engagements/:id/recognitions":                                         { anonymous: 401, outsider: 404, viewer: 403, counterpart: 201, owner: 201, token: 201 },
  "POST /api/v1/engagements/:id/recognition-requests":                                 { anonymous: 401, outsider: 404, viewer: 403, counterpart: 201, owner: 201, token: 201 },
  "POST /api/v1/engagements/:id/recognitions/:recognitionId/answer":                   { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  "POST /api/v1/engagements/:id/recognitions/:recognitionId/withdraw-consent":         { anonymous: 401, outsider: 404, viewer: 403, counterpart: 404, owner: 404, token: 404 },
  "GET /api/v1/orgs/:orgId/recognitions":                                              { anonymous: 401, outsider: 200, viewer: 200, counterpart: 200, owner: 200, token: 200 },

  // the demo mailbox shows the caller's own mail only
  "GET /api/v1/mailbox":            { anonymous: 401, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 403 },

  // the test clock: this world is an ordinary instance (no ACCORD_TEST_CLOCK): everyone is told
  // it has none, and moving it is refused; moving one is for platform operators signed in
  // (test/api/test-clock.test.ts)
  "GET /api/v1/test-clock":          { anonymous: 200, outsider: 200, viewer: 200, counterpart: "n/a", owner: 200, token: 200 },
  "POST /api/v1/test-clock/advance": { anonymous: 401, outsider: 404, viewer: 404, counterpart: "n/a", owner: 404, token: 403 },
};
