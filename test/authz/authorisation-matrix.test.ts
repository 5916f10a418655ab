import type { LightMyRequestResponse } from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import type { ErrorResponse } from "../../src/contracts/errors";
import { TOKEN_SCOPES } from "../../src/contracts/tokens";
import { listUnsubscribeToken } from "../../src/server/modules/notifications/list-unsubscribe";
import {
  buildTestApp,
  invitationTokenFromMailbox,
  signUpPerson,
  TestClient,
  type AppSnapshot,
  type Person,
  type TestApp,
} from "../support/test-app";
import { sqliteImageOf } from "../support/databases";
import {
  addMember,
  createOrg,
  createToken,
  PASSWORD,
  startEngagement,
  uniqueEmail,
  uniqueName,
  type CreatedToken,
  type OrgRef,
} from "../api/api-fixtures";
import { proposalTerms } from "../api/proposals-agreements/proposal-fixtures";
import {
  AUTHORISATION_MATRIX,
  PERSONAS,
  PUBLIC_ROUTES,
  type Expected,
  type Persona,
} from "./authorisation-matrix";

/** One self-contained set of people and data; see the header of authorisation-matrix.ts. */
interface World {
  owner: Person;
  viewer: Person;
  member: Person;
  counterpart: Person;
  outsider: Person;
  orgA: OrgRef;
  orgB: OrgRef;
  /** A's published brief, and a draft one that only A sees. */
  briefId: string;
  draftBriefId: string;
  /** B's proposals to A's published brief: P submitted, R sent back for revision. */
  proposalId: string;
  revisionProposalId: string;
  /** The engagement born of accepting a third proposal, with its draft agreement v1. */
  agreementEngagementId: string;
  agreementHash: string;
  agreementTerms: unknown;
  engagementId: string;
  engagementTitle: string;
  invitationId: string;
  invitationToken: string;
  apiToken: CreatedToken;
  /** Engagement G: signed, d1 in review (submission S, file F), change X proposed, Y priced. */
  deliveryEngagementId: string;
  submissionId: string;
  fileId: string;
  changeRequestId: string;
  pricedChangeRequestId: string;
  /** In G: invoice I (issued by B on 1 October, overdue), B's draft D, and A's payment P on I. */
  invoiceId: string;
  draftInvoiceId: string;
  paymentId: string;
  /** In G: a refund R B paid back (of a payment A made and B confirmed), awaiting A's answer. */
  refundId: string;
  /** The counterpart's message M in E, A's webhook endpoint W and W's delivery of M. */
  messageId: string;
  /** A second message of B's that no case is about yet. */
  unreportedMessageId: string;
  webhookId: string;
  deliveryId: string;
  /** The moderation case A's owner opened by reporting M: B accused, A complainant. */
  caseId: string;
}

async function buildWorld(t: TestApp): Promise<World> {
  // Built ten days before the day the matrix asks, so its invoice (issued the day the
  // agreement came into force, due a week later) is overdue by then.
  const matrixDay = t.clock.now();
  t.clock.set(new Date(matrixDay.getTime() - 10 * 24 * 60 * 60 * 1000));
  const owner = await signUpPerson(t.app, "Owner");
  const orgA = await createOrg(owner, "client", uniqueName("Organisation A"));
  const viewer = await signUpPerson(t.app, "Viewer");
  await addMember(t, owner, orgA, viewer, "viewer");
  const member = await signUpPerson(t.app, "Member");
  await addMember(t, owner, orgA, member, "member");

  const counterpart = await signUpPerson(t.app, "Counterpart");
  const orgB = await createOrg(counterpart, "provider", uniqueName("Organisation B"));
  const engagementTitle = uniqueName("Engagement E");
  const engagement = await startEngagement(owner, orgA, counterpart.email, engagementTitle);
  const engagementLink = await invitationTokenFromMailbox(t.deps, counterpart.email);
  const accepted = await counterpart.client.post(`/api/v1/invitations/${engagementLink}/accept`, {
    orgId: orgB.id,
  });
  if (accepted.statusCode !== 200) throw new Error(`world: accept failed: ${accepted.body}`);

  const outsider = await signUpPerson(t.app, "Outsider");
  await createOrg(outsider, "client", uniqueName("Organisation C"));

  const invitedEmail = uniqueEmail("invited");
  const invited = await owner.client.post(`/api/v1/orgs/${orgA.id}/invitations`, {
    email: invitedEmail,
    role: "member",
  });
  if (invited.statusCode !== 201) throw new Error(`world: invite failed: ${invited.body}`);
  const invitationToken = await invitationTokenFromMailbox(t.deps, invitedEmail);
  const apiToken = await createToken(owner, orgA.id, [...TOKEN_SCOPES]);
  const briefId = await createBrief(owner, orgA, { publish: true });
  const draftBriefId = await createBrief(owner, orgA, { publish: false });
  const mustHaveId = (await owner.client.get(`/api/v1/briefs/${briefId}`)).json<{
    mustHaves: { id: string }[];
  }>().mustHaves[0]!.id;
  // A provider has one open proposal to a brief: each of these answers a brief of its own,
  // and the world's brief stays open to the route's own proposal.
  const propose = async () => {
    const ownBriefId = await createBrief(owner, orgA, { publish: true });
    const ownMustHaveId = (await owner.client.get(`/api/v1/briefs/${ownBriefId}`)).json<{
      mustHaves: { id: string }[];
    }>().mustHaves[0]!.id;
    const created = await counterpart.client.post(`/api/v1/briefs/${ownBriefId}/proposals`, {
      orgId: orgB.id,
      terms: proposalTerms(ownMustHaveId),
    });
    if (created.statusCode !== 201) throw new Error(`world: proposal failed: ${created.body}`);
    const id = created.json<{ id: string }>().id;
    const submitted = await counterpart.client.post(`/api/v1/proposals/${id}/submit`);
    if (submitted.statusCode !== 200) throw new Error(`world: submit failed: ${submitted.body}`);
    return id;
  };
  const proposalId = await propose();
  const revisionProposalId = await propose();
  await owner.client.post(`/api/v1/proposals/${revisionProposalId}/request-revision`, {
    note: "Please add a milestone for the photos.",
  });
  const acceptedId = await propose();
  const acceptance = await owner.client.post(`/api/v1/proposals/${acceptedId}/accept`, {
    keepBriefOpen: true,
  });
  if (acceptance.statusCode !== 200) throw new Error(`world: accept failed: ${acceptance.body}`);
  const agreementEngagementId = acceptance.json<{ engagementId: string }>().engagementId;
  const draft = (
    await owner.client.get(`/api/v1/engagements/${agreementEngagementId}/agreement/versions/1`)
  ).json<{ contentHash: string; terms: unknown }>();
  const delivery = await buildDeliveryEngagement(owner, counterpart, orgB, briefId, mustHaveId);
  const webhook = await owner.client.post(`/api/v1/orgs/${orgA.id}/webhooks`, {
    url: "http://127.0.0.1:9/matrix",
  });
  if (webhook.statusCode !== 201) throw new Error(`world: webhook failed: ${webhook.body}`);
  const webhookId = webhook.json<{ id: string }>().id;
  const message = await counterpart.client.post(`/api/v1/engagements/${engagement.id}/messages`, {
    thread: "engagement",
    body: "Hello from B",
  });
  if (message.statusCode !== 201) throw new Error(`world: message failed: ${message.body}`);
  const deliveries = await owner.client.get(
    `/api/v1/orgs/${orgA.id}/webhooks/${webhookId}/deliveries`,
  );
  const deliveryId = deliveries.json<{ deliveries: { id: string }[] }>().deliveries[0]?.id;
  if (!deliveryId) throw new Error(`world: no webhook delivery: ${deliveries.body}`);
  // A text has one case: the reports route is tried on a second message of B's, not on M.
  const unreported = await counterpart.client.post(
    `/api/v1/engagements/${engagement.id}/messages`,
    { thread: "engagement", body: "A second word from B" },
  );
  if (unreported.statusCode !== 201) throw new Error(`world: message failed: ${unreported.body}`);

  t.clock.set(matrixDay);
  // Case C opens on the matrix's day, so its notice's response window is still open.
  const report = await owner.client.post("/api/v1/moderation/reports", {
    subjectKind: "message",
    subjectId: message.json<{ id: string }>().id,
    reason: "A report to open case C",
  });
  if (report.statusCode !== 201) throw new Error(`world: report failed: ${report.body}`);
  return {
    owner,
    viewer,
    member,
    counterpart,
    outsider,
    orgA,
    orgB,
    briefId,
    draftBriefId,
    proposalId,
    revisionProposalId,
    agreementEngagementId,
    agreementHash: draft.contentHash,
    agreementTerms: draft.terms,
    engagementId: engagement.id,
    engagementTitle,
    invitationId: invited.json<{ id: string }>().id,
    invitationToken,
    apiToken,
    ...delivery,
    messageId: message.json<{ id: string }>().id,
    unreportedMessageId: unreported.json<{ id: string }>().id,
    webhookId,
    deliveryId,
    caseId: report.json<{ id: string }>().id,
  };
}

/** Engagement G: A accepts a proposal of B, both owners sign, and delivery is under way. */
async function buildDeliveryEngagement(
  owner: Person,
  counterpart: Person,
  orgB: OrgRef,
  briefId: string,
  mustHaveId: string,
) {
  const must = (response: LightMyRequestResponse, status: number, what: string) => {
    if (response.statusCode !== status) throw new Error(`world: ${what} failed: ${response.body}`);
    return response;
  };
  const base = proposalTerms(mustHaveId);
  const [d1] = base.deliverables;
  if (!d1) throw new Error("world: the proposal terms have no deliverable");
  const terms = {
    ...base,
    paymentTermsDays: 7,
    deliverables: [d1, { ...d1, id: "d2", milestoneId: "m1" }],
  };
  const created = must(
    await counterpart.client.post(`/api/v1/briefs/${briefId}/proposals`, { orgId: orgB.id, terms }),
    201,
    "delivery proposal",
  );
  const proposalId = created.json<{ id: string }>().id;
  must(await counterpart.client.post(`/api/v1/proposals/${proposalId}/submit`), 200, "submit");
  const accepted = must(
    await owner.client.post(`/api/v1/proposals/${proposalId}/accept`, { keepBriefOpen: true }),
    200,
    "delivery acceptance",
  );
  const id = accepted.json<{ engagementId: string }>().engagementId;
  const url = (path: string) => `/api/v1/engagements/${id}${path}`;
  const { contentHash } = (await owner.client.get(url("/agreement/versions/1"))).json<{
    contentHash: string;
  }>();
  for (const signer of [owner, counterpart]) {
    must(await signer.client.post(url("/agreement/versions/1/sign"), { contentHash }), 200, "sign");
  }
  const boundary = "matrix-boundary";
  const upload = must(
    await counterpart.client.request(
      "POST",
      url("/files"),
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="report.txt"\r\nContent-Type: text/plain\r\n\r\nReport\r\n--${boundary}--\r\n`,
      { "content-type": `multipart/form-data; boundary=${boundary}` },
    ),
    201,
    "upload",
  );
  const fileId = upload.json<{ files: { id: string }[] }>().files[0]?.id ?? "";
  const submission = must(
    await counterpart.client.post(url("/deliverables/d1/submissions"), {
      description: "Round one",
      fileIds: [fileId],
    }),
    201,
    "submission",
  );
  const propose = async (title: string) =>
    must(
      await owner.client.post(url("/change-requests"), {
        title,
        reason: "Needed",
        deliverableIds: [],
      }),
      201,
      "change request",
    ).json<{ id: string }>().id;
  const changeRequestId = await propose("Unpriced change");
  const pricedChangeRequestId = await propose("Priced change");
  must(
    await counterpart.client.post(url(`/change-requests/${pricedChangeRequestId}/price`), PRICE),
    200,
    "pricing",
  );
  const draftInvoice = async () =>
    must(await counterpart.client.post(url("/invoices"), MANUAL_INVOICE), 201, "invoice").json<{
      id: string;
    }>().id;
  const invoiceId = await draftInvoice();
  must(
    await counterpart.client.post(url(`/invoices/${invoiceId}/issue`), { issueDate: "2026-11-12" }),
    200,
    "issue",
  );
  const payment = must(
    await owner.client.request(
      "POST",
      url(`/invoices/${invoiceId}/payments`),
      { amountMinor: 1000, currency: "EUR", paidOn: "2026-11-12" },
      { "idempotency-key": "matrix-payment" },
    ),
    201,
    "payment",
  );
  const confirmedPayment = must(
    await owner.client.request(
      "POST",
      url(`/invoices/${invoiceId}/payments`),
      { amountMinor: 2000, currency: "EUR", paidOn: "2026-11-12" },
      { "idempotency-key": "matrix-payment-confirmed" },
    ),
    201,
    "payment to refund",
  ).json<{ id: string }>().id;
  must(
    await counterpart.client.post(
      url(`/invoices/${invoiceId}/payments/${confirmedPayment}/confirm`),
    ),
    200,
    "payment confirmed",
  );
  const refund = must(
    await counterpart.client.post(url("/refunds"), {
      amountMinor: 500,
      currency: "EUR",
      paidOn: "2026-11-12",
      reference: "matrix refund",
    }),
    201,
    "refund",
  );
  return {
    deliveryEngagementId: id,
    submissionId: submission.json<{ id: string }>().id,
    fileId,
    changeRequestId,
    pricedChangeRequestId,
    invoiceId,
    draftInvoiceId: await draftInvoice(),
    paymentId: payment.json<{ id: string }>().id,
    refundId: refund.json<{ id: string }>().id,
  };
}

const MANUAL_INVOICE = {
  source: { kind: "manual" },
  lines: [{ description: "Workshop", quantityMilli: 1000, unitPriceMinor: 150_000 }],
};

const PRICE = { effort: { unit: "day", quantity: 1 }, priceMinor: 50_000, scheduleImpactDays: 0 };

/** A brief of `org` that passes the clarity check, published or left as a draft. */
async function createBrief(
  owner: Person,
  org: OrgRef,
  options: { publish: boolean },
): Promise<string> {
  const created = await owner.client.post("/api/v1/briefs", { ...briefBody(), orgId: org.id });
  if (created.statusCode !== 201) throw new Error(`world: brief failed: ${created.body}`);
  const id = created.json<{ id: string }>().id;
  if (options.publish) {
    const published = await owner.client.post(`/api/v1/briefs/${id}/publish`);
    if (published.statusCode !== 200) throw new Error(`world: publish failed: ${published.body}`);
  }
  return id;
}

function briefBody() {
  return {
    title: uniqueName("Brief"),
    goals: ["Sell online"],
    successMeasures: ["200 orders in 3 months"],
    mustHaves: [{ text: "Card payments" }],
    niceToHaves: [],
    skillIds: ["web.ecommerce"],
    budget: { currency: "EUR", minMinor: 1_000_000, maxMinor: 1_500_000 },
    clientPeople: [{ role: "Owner", hoursPerWeek: 4 }],
    businessModelScope: "Direct sales",
    constraints: [],
    earliestStart: "2026-12-01",
    deadline: "2027-03-01",
    preferredLanguages: ["en"],
  };
}

/** Routes whose `:id` or `:orgId` is not E or A. */
const PATH_OVERRIDES: { prefix: string; param: string; value: (w: World) => string }[] = [
  {
    prefix: "POST /api/v1/unsubscribe/:token",
    param: "token",
    value: (w) => listUnsubscribeToken("test-signing-secret", w.member.userId),
  },
  {
    prefix: "GET /api/v1/unsubscribe/:token",
    param: "token",
    value: (w) => listUnsubscribeToken("test-signing-secret", w.member.userId),
  },
  { prefix: "PUT /api/v1/proposals/:id", param: "id", value: (w) => w.revisionProposalId },
  { prefix: "POST /api/v1/proposals/:id/submit", param: "id", value: (w) => w.revisionProposalId },
  { prefix: "GET /api/v1/proposals/:id", param: "id", value: (w) => w.proposalId },
  { prefix: "POST /api/v1/proposals/:id", param: "id", value: (w) => w.proposalId },
  {
    prefix: "GET /api/v1/engagements/:id/agreement",
    param: "id",
    value: (w) => w.agreementEngagementId,
  },
  {
    prefix: "PUT /api/v1/engagements/:id/agreement",
    param: "id",
    value: (w) => w.agreementEngagementId,
  },
  {
    prefix: "POST /api/v1/engagements/:id/agreement",
    param: "id",
    value: (w) => w.agreementEngagementId,
  },
  ...[
    "/delivery",
    "/files",
    "/deliverables",
    "/submissions",
    "/change-requests",
    "/invoices",
    "/payment-record",
    "/remuneration-trend",
    "/refunds",
  ].flatMap((path) =>
    ["GET", "POST", "PUT"].map((method) => ({
      prefix: `${method} /api/v1/engagements/:id${path}`,
      param: "id",
      value: (w: World) => w.deliveryEngagementId,
    })),
  ),
  ...[
    "PUT /api/v1/engagements/:id/invoices/:invoiceId",
    "POST /api/v1/engagements/:id/invoices/:invoiceId/issue",
    "POST /api/v1/engagements/:id/invoices/:invoiceId/void",
  ].map((prefix) => ({ prefix, param: "invoiceId", value: (w: World) => w.draftInvoiceId })),
  ...["GET", "PUT"].map((method) => ({
    prefix: `${method} /api/v1/orgs/:orgId/reminder-schedule`,
    param: "orgId",
    value: (w: World) => w.orgB.id,
  })),
  {
    prefix: "POST /api/v1/engagements/:id/change-requests/:changeRequestId/approve",
    param: "changeRequestId",
    value: (w) => w.pricedChangeRequestId,
  },
  { prefix: "PUT /api/v1/briefs/:id", param: "id", value: (w) => w.draftBriefId },
  { prefix: "POST /api/v1/briefs/:id/publish", param: "id", value: (w) => w.draftBriefId },
  { prefix: "GET /api/v1/briefs/:id", param: "id", value: (w) => w.briefId },
  { prefix: "POST /api/v1/briefs/:id", param: "id", value: (w) => w.briefId },
  { prefix: "PUT /api/v1/taxonomy/categories/:id", param: "id", value: () => "matrix-category" },
  { prefix: "PUT /api/v1/taxonomy/skills/:id", param: "id", value: () => "web.matrix" },
  { prefix: "GET /api/v1/providers/:orgId", param: "orgId", value: (w) => w.orgB.id },
  { prefix: "PUT /api/v1/providers/:orgId", param: "orgId", value: (w) => w.orgB.id },
];

/** The world's value for each path parameter. */
const PATH_PARAMS: Record<string, (w: World) => string> = {
  orgId: (w) => w.orgA.id,
  userId: (w) => w.member.userId,
  invitationId: (w) => w.invitationId,
  token: (w) => w.invitationToken,
  id: (w) => w.engagementId,
  tokenId: (w) => w.apiToken.id,
  version: () => "1",
  webhookId: (w) => w.webhookId,
  deliveryId: (w) => w.deliveryId,
  deliverableId: () => "d2",
  submissionId: (w) => w.submissionId,
  fileId: (w) => w.fileId,
  changeRequestId: (w) => w.changeRequestId,
  invoiceId: (w) => w.invoiceId,
  paymentId: (w) => w.paymentId,
  refundId: (w) => w.refundId,
  // E has no review yet: the reply route answers as for a review nobody may see
  reviewId: () => "no-such-review",
  caseId: (w) => w.caseId,
  // E has no dispute and no exit: those routes answer as for what nobody may see
  disputeId: () => "no-such-dispute",
  itemId: () => "no-such-item",
  goalId: () => "no-such-goal",
  measurementId: () => "no-such-value",
  correctionId: () => "no-such-correction",
  offerId: () => "no-such-offer",
  recognitionId: () => "no-such-recognition",
};

/** Query strings a route needs to be valid. */
const QUERIES: Record<string, (w: World) => string> = {
  "GET /api/v1/tokens": (w) => `?orgId=${w.orgA.id}`,
  "GET /api/v1/briefs": (w) => `?orgId=${w.orgA.id}`,
  "GET /api/v1/proposals": (w) => `?orgId=${w.orgB.id}`,
  "GET /api/v1/engagements/:id/agreement/diff": () => "?from=1&to=1",
  "GET /api/v1/engagements/:id/invoices/:invoiceId/early-payment-check": () =>
    "?offeredMinor=100000&payOn=2026-11-22",
};

/** Headers a route needs to be valid: every payment carries an idempotency key. */
const HEADERS: Record<string, () => Record<string, string>> = {
  "POST /api/v1/engagements/:id/invoices/:invoiceId/payments": () => ({
    "idempotency-key": uniqueName("matrix"),
  }),
};

/** A valid, minimal body for each write that takes one. */
const BODIES: Record<string, (w: World) => unknown> = {
  "POST /api/v1/auth/signup": () => ({
    email: uniqueEmail("new"),
    password: PASSWORD,
    name: "New",
  }),
  "POST /api/v1/auth/login": (w) => ({ email: w.owner.email, password: PASSWORD }),
  "PATCH /api/v1/me": () => ({ name: "Renamed" }),
  "POST /api/v1/auth/password-reset/request": (w) => ({ email: w.owner.email }),
  "POST /api/v1/auth/password-reset": () => ({ token: "no-such-link", password: PASSWORD }),
  "POST /api/v1/orgs": () => ({ name: uniqueName("Another organisation"), kind: "client" }),
  "PATCH /api/v1/orgs/:orgId/members/:userId": () => ({ role: "viewer" }),
  "POST /api/v1/orgs/:orgId/invitations": () => ({ email: uniqueEmail("invitee"), role: "member" }),
  "POST /api/v1/invitations/:token/accept": () => ({}),
  "POST /api/v1/engagements": (w) => ({
    orgId: w.orgA.id,
    title: "Another engagement",
    counterpartEmail: uniqueEmail("partner"),
  }),
  "POST /api/v1/briefs": (w) => ({ ...briefBody(), orgId: w.orgA.id }),
  "PUT /api/v1/briefs/:id": () => briefBody(),
  "POST /api/v1/briefs/:id/shortlist": (w) => ({ providerOrgId: w.orgB.id, isInvited: true }),
  "PUT /api/v1/taxonomy/categories/:id": () => ({ names: NAMES, position: 9 }),
  "PUT /api/v1/taxonomy/skills/:id": () => ({ categoryId: "web", names: NAMES }),
  "PUT /api/v1/providers/:orgId": () => ({
    headline: "Shops that sell",
    description: "",
    skillIds: ["web.ecommerce"],
    languages: ["en"],
    timeZones: ["Europe/Paris"],
    rates: [{ unit: "day", amountMinor: 60_000, currency: "EUR" }],
    floorRate: { currency: "EUR", amountMinor: 50_000, unit: "day" },
    availableFrom: null,
  }),
  "POST /api/v1/briefs/:id/proposals": (w) => ({ orgId: w.orgB.id, terms: proposalTerms("none") }),
  "PUT /api/v1/proposals/:id": () => ({ terms: proposalTerms("none") }),
  "POST /api/v1/proposals/:id/decline": () => ({ reason: "Over our budget." }),
  "POST /api/v1/proposals/:id/request-revision": () => ({ note: "Shorter, please." }),
  "PUT /api/v1/engagements/:id/agreement/draft": (w) => ({
    terms: w.agreementTerms,
    baseHash: w.agreementHash,
  }),
  "POST /api/v1/engagements/:id/agreement/versions/:version/sign": (w) => ({
    contentHash: w.agreementHash,
  }),
  "POST /api/v1/engagements/:id/deliverables/:deliverableId/submissions": () => ({
    description: "Round one of d2",
  }),
  "POST /api/v1/engagements/:id/submissions/:submissionId/evaluation": () => ({
    verdicts: [
      { criterionId: "c1", isMet: true },
      { criterionId: "c2", isMet: true },
    ],
  }),
  "POST /api/v1/engagements/:id/change-requests": () => ({
    title: "Another change",
    reason: "Why",
  }),
  "POST /api/v1/engagements/:id/change-requests/:changeRequestId/price": () => PRICE,
  "POST /api/v1/engagements/:id/change-requests/:changeRequestId/decline": () => ({
    reason: "Not for us",
  }),
  // Not the world's draft again: a manual invoice of the same lines is drafted once.
  "POST /api/v1/engagements/:id/invoices": () => ({
    ...MANUAL_INVOICE,
    lines: [{ ...MANUAL_INVOICE.lines[0], description: "Another workshop" }],
  }),
  "PUT /api/v1/engagements/:id/invoices/:invoiceId": () => ({ note: "Net 30" }),
  "POST /api/v1/engagements/:id/invoices/:invoiceId/issue": () => ({}),
  "POST /api/v1/engagements/:id/invoices/:invoiceId/void": () => ({ reason: "Drafted twice" }),
  "POST /api/v1/engagements/:id/invoices/:invoiceId/payments": () => ({
    amountMinor: 500,
    currency: "EUR",
    paidOn: "2026-11-21",
  }),
  "POST /api/v1/engagements/:id/refunds": () => ({
    amountMinor: 100,
    currency: "EUR",
    paidOn: "2026-11-12",
  }),
  "POST /api/v1/engagements/:id/invoices/:invoiceId/credit-notes": () => ({
    amountMinor: 500,
    reason: "Goodwill",
  }),
  "PUT /api/v1/orgs/:orgId/reminder-schedule": () => ({ offsets: [-3, 3] }),
  "POST /api/v1/engagements/:id/messages": () => ({ thread: "engagement", body: "Hello" }),
  "POST /api/v1/test-clock/advance": () => ({ by: "1d" }),
  "POST /api/v1/engagements/:id/check-in": () => ({
    relationshipRating: 8,
    counterpartRating: 8,
    reasons: ["on_time", "respectful"],
  }),
  "POST /api/v1/engagements/:id/reviews": () => ({
    occasion: { kind: "milestone", ref: "m2" },
    body: "Good work",
    stars: { quality: 4, communication: 4, reliability: 4 },
    privateRating: 8,
  }),
  "POST /api/v1/engagements/:id/reviews/:reviewId/reply": () => ({ body: "Thank you" }),
  "POST /api/v1/engagements/:id/disputes": () => ({
    subject: { kind: "conduct", ref: null },
    statement: "Late again",
    wants: "A plan",
  }),
  "POST /api/v1/engagements/:id/disputes/:disputeId/response": () => ({ response: "Sorry" }),
  "POST /api/v1/engagements/:id/disputes/:disputeId/offers": () => ({
    items: [{ kind: "apology", text: "Sorry" }],
  }),
  "POST /api/v1/engagements/:id/disputes/:disputeId/offers/answer": () => ({ answer: "accept" }),
  "POST /api/v1/moderation/mediations/:disputeId/recommendation": () => ({
    recommendation: "Re-work the shop; no credit.",
  }),
  "POST /api/v1/engagements/:id/exit": () => ({ reason: "notice" }),
  "POST /api/v1/engagements/:id/exit/feedback": () => ({ rating: 7, wouldWorkAgain: true }),
  "POST /api/v1/moderation/reviews/:reviewId/hide": () => ({ reason: "Personal data" }),
  "POST /api/v1/moderation/reports": (w) => ({
    subjectKind: "message",
    subjectId: w.unreportedMessageId,
    reason: "Rude message",
  }),
  "POST /api/v1/moderation/cases/:caseId/response": () => ({ response: "Our answer" }),
  "POST /api/v1/moderation/cases/:caseId/decision": () => ({
    decision: "warning",
    reason: "A first warning",
  }),
  "POST /api/v1/moderation/cases/:caseId/appeal": () => ({ reason: "We disagree" }),
  "POST /api/v1/moderation/cases/:caseId/appeal/decision": () => ({
    outcome: "upheld",
    reason: "The decision stands",
  }),
  "POST /api/v1/engagements/:id/messages/read": (w) => ({
    thread: "engagement",
    upTo: w.messageId,
  }),
  "POST /api/v1/engagements/:id/goals": () => ({
    title: "Conversion",
    baseline: 1.8,
    target: 3,
    unit: "%",
    source: { kind: "agreement" },
  }),
  "POST /api/v1/engagements/:id/goals/:goalId/values": () => ({
    value: 2,
    measuredOn: "2026-01-01",
    source: "https://analytics.example.test",
  }),
  "POST /api/v1/engagements/:id/goals/:goalId/values/:measurementId/corrections": () => ({
    value: 2,
    reason: "Counted twice",
  }),
  "POST /api/v1/engagements/:id/goal-corrections/:correctionId/answer": () => ({
    outcome: "confirmed",
  }),
  "POST /api/v1/engagements/:id/relationship-reviews/:reviewId/answer": () => ({
    achieved: "Conversion up",
    moreOf: "",
    lessOf: "",
    aimNext: "3%",
  }),
  "POST /api/v1/engagements/:id/next-phase-offers": () => ({
    title: "Phase 2",
    summary: "",
    goals: [{ title: "Conversion", baseline: 2, target: 3, unit: "%" }],
    terms: {
      deliverables: [
        {
          id: "p2",
          title: "Loyalty",
          description: "",
          criteria: [{ id: "c1", statement: "Points credited", verification: "Test order" }],
          revisionLimit: 2,
          milestoneId: null,
          coversMustHaveIds: [],
        },
      ],
      milestones: [],
      remuneration: {
        model: "fixed",
        currency: "EUR",
        amountMinor: 100_000,
        rateMinor: null,
        estimatedEffort: null,
        retainerPeriod: null,
      },
    },
  }),
  "POST /api/v1/engagements/:id/next-phase-offers/:offerId/answer": () => ({
    outcome: "accepted",
  }),
  "POST /api/v1/engagements/:id/recognitions": () => ({ kind: "kudos", text: "Thank you" }),
  "POST /api/v1/engagements/:id/recognition-requests": () => ({
    kind: "testimonial",
    text: "A fair partner",
  }),
  "POST /api/v1/engagements/:id/recognitions/:recognitionId/answer": () => ({ isApproved: true }),
  "POST /api/v1/notifications/read": () => ({ all: true }),
  "PUT /api/v1/me/notification-preferences": () => ({ "message.posted": false }),
  "POST /api/v1/orgs/:orgId/webhooks": () => ({ url: "https://hooks.example.com/accord" }),
  "PATCH /api/v1/orgs/:orgId/webhooks/:webhookId": () => ({ description: "Renamed" }),
  "POST /api/v1/tokens": (w) => ({
    orgId: w.orgA.id,
    name: "Another token",
    scopes: ["orgs:read"],
  }),
};

const NAMES = { en: "Matrix", fr: "Matrice", de: "Matrix", es: "Matriz", id: "Matriks" };

function routeKey(route: { method: string; url: string }): string {
  return `${route.method} ${route.url}`;
}

function concreteUrl(key: string, w: World): string {
  const url = key.slice(key.indexOf(" ") + 1).replace(/:(\w+)/g, (_, name: string) => {
    const override = PATH_OVERRIDES.find((o) => key.startsWith(o.prefix) && o.param === name);
    const value = override?.value ?? PATH_PARAMS[name];
    if (!value) throw new Error(`${key}: the world has no value for :${name}`);
    return encodeURIComponent(value(w));
  });
  return url + (QUERIES[key]?.(w) ?? "");
}

function send(
  t: TestApp,
  w: World,
  persona: Persona,
  key: string,
): Promise<LightMyRequestResponse> {
  const method = key.slice(0, key.indexOf(" ")) as "GET" | "POST" | "PATCH" | "DELETE";
  const url = concreteUrl(key, w);
  const body = BODIES[key]?.(w);
  const headers = HEADERS[key]?.() ?? {};
  switch (persona) {
    case "anonymous":
      return new TestClient(t.app).request(method, url, body, headers);
    case "token":
      return new TestClient(t.app).request(method, url, body, {
        ...headers,
        authorization: `Bearer ${w.apiToken.token}`,
      });
    case "outsider":
    case "viewer":
    case "counterpart":
    case "owner":
      return w[persona].client.request(method, url, body, headers);
  }
}

/** A 403 says the role is not enough, the token lacks a scope, or the step is the other side's. */
const REFUSAL_CODES_403: (string | undefined)[] = [
  "forbidden",
  "token_scope_missing",
  "change_request_wrong_side",
  "payment_same_side",
  "test_clock_operators_only",
];

/**
 * A 404 says there is no such thing for the caller, no test clock on this instance at all, or
 * (to a participant only) that nobody gave notice on the engagement yet.
 */
const REFUSAL_CODES_404: (string | undefined)[] = [
  "not_found",
  "test_clock_disabled",
  "exit_not_started",
];

/** Refusals must use the right code, and a 404 must not leak A's or E's names. */
function refusalProblem(response: LightMyRequestResponse, w: World): string | null {
  const status = response.statusCode;
  if (![401, 403, 404].includes(status)) return null;
  const code = response.json<ErrorResponse>().error?.code;
  if (status === 401 && code !== "unauthenticated") return `401 with ${code}`;
  if (status === 403 && !REFUSAL_CODES_403.includes(code)) return `403 with ${code}`;
  if (status === 404 && !REFUSAL_CODES_404.includes(code)) return `404 with ${code}`;
  if (
    status === 404 &&
    (response.body.includes(w.orgA.name) || response.body.includes(w.engagementTitle))
  ) {
    return "404 body names A or E";
  }
  return null;
}

// The app's own list of routes decides what is checked, so a new route cannot slip past.
const probe = await buildTestApp("sqlite");
const APP_ROUTES = probe.app.routeTable.map((route) => ({
  key: routeKey(route),
  access: route.access,
}));
// The world is built once; every check starts an app on a copy of its database and files, so a
// write by one persona cannot decide another's answer and no check pays for building it again.
const WORLD = await buildWorld(probe);
const WORLD_COPY: AppSnapshot = {
  database: { dialect: "sqlite", image: await sqliteImageOf(probe.deps.db) },
  filesDirectory: probe.filesDirectory,
  now: probe.clock.now(),
};
afterAll(() => probe.close());

const PEOPLE = ["owner", "viewer", "member", "counterpart", "outsider"] as const;

/** An app over a fresh copy of the world, and the world's people as browsers of that app. */
async function copyOfWorld(): Promise<{ t: TestApp; w: World }> {
  const t = await buildTestApp("sqlite", { from: WORLD_COPY });
  const w: World = { ...WORLD };
  for (const name of PEOPLE)
    w[name] = { ...WORLD[name], client: WORLD[name].client.copyFor(t.app) };
  return { t, w };
}
const PUBLIC = new Set<string>(PUBLIC_ROUTES);
const CHECKED_ROUTES = APP_ROUTES.filter((route) => !PUBLIC.has(route.key));

describe("authorisation matrix", () => {
  it("has a row for every route of the app, and no row for a route that does not exist", () => {
    const appKeys = APP_ROUTES.map((route) => route.key);
    const tableKeys = [...Object.keys(AUTHORISATION_MATRIX), ...PUBLIC_ROUTES];

    expect(
      appKeys.filter((key) => !tableKeys.includes(key)),
      "routes missing from the table",
    ).toEqual([]);
    expect(
      tableKeys.filter((key) => !appKeys.includes(key)),
      "table rows with no route",
    ).toEqual([]);
    expect(Object.keys(AUTHORISATION_MATRIX).filter((key) => PUBLIC.has(key))).toEqual([]);
  });

  it("skips only public infrastructure", () => {
    for (const key of PUBLIC_ROUTES) {
      expect(key).toMatch(
        /^GET \/(healthz|readyz|metrics|api\/v1\/openapi\.json|api\/docs(\/.*)?)$/,
      );
    }
  });

  it("agrees with each route's declared access", () => {
    for (const { key, access } of CHECKED_ROUTES) {
      const row = AUTHORISATION_MATRIX[key];
      if (!row) continue; // reported by the coverage test above
      if (access === "public") expect(row.anonymous, key).not.toBe(401);
      else expect(row.anonymous, key).toBe(401);
      if (access === "session") expect(row.token, key).toBe(403);
    }
  });

  it("public infrastructure answers anyone", async () => {
    const t = await buildTestApp("sqlite");
    try {
      const failures: string[] = [];
      for (const key of PUBLIC_ROUTES) {
        const url = key.slice(key.indexOf(" ") + 1).replace("*", "swagger-ui.css");
        const response = await t.app.inject({ method: "GET", url });
        if (response.statusCode >= 400) failures.push(`${key}: ${response.statusCode}`);
      }
      expect(failures).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it.each(CHECKED_ROUTES.map((route) => route.key))(
    "%s answers each persona as the matrix says",
    async (key) => {
      const row = AUTHORISATION_MATRIX[key];
      expect(row, `${key} is missing from AUTHORISATION_MATRIX`).toBeDefined();
      if (!row) return;
      const isRead = key.startsWith("GET ");
      const opened: TestApp[] = [];
      try {
        const actual = {} as Record<Persona, Expected>;
        const problems: string[] = [];
        // Personas share a copy of the world until a write succeeds; the next persona gets a
        // fresh copy, so one persona's change (a log-out, a removal, a revocation) cannot decide
        // another's answer. A refused write changes nothing, which is what the matrix checks.
        let copy: { t: TestApp; w: World } | null = null;
        for (const persona of PERSONAS) {
          if (row[persona] === "n/a") {
            actual[persona] = "n/a";
            continue;
          }
          if (!copy) {
            copy = await copyOfWorld();
            opened.push(copy.t);
          }
          const response = await send(copy.t, copy.w, persona, key);
          actual[persona] = response.statusCode;
          const problem = refusalProblem(response, copy.w);
          if (problem) problems.push(`${persona}: ${problem}`);
          if (!isRead && response.statusCode < 400) copy = null;
        }
        expect(actual).toEqual(row);
        expect(problems).toEqual([]);
      } finally {
        await Promise.all(opened.map((t) => t.close()));
      }
    },
  );
});
