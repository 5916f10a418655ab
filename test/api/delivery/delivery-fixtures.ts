import type { AgreementTerms } from "../../../src/domain/agreement/terms";
import type { Person, TestApp } from "../../support/test-app";
import {
  bodyOf,
  buildAgreementWorld,
  type AgreementWorld,
  type VersionBody,
} from "../proposals-agreements/proposal-fixtures";

/** What the API answers for delivery, change requests and submissions, as far as tests read. */
export interface SubmissionBody {
  id: string;
  deliverableId: string;
  round: number;
  status: "in_review" | "accepted" | "deemed_accepted" | "changes_requested";
  links: string[];
  files: { id: string; name: string; mediaType: string; sizeBytes: number; sha256: string }[];
  reviewDueAt: string | null;
  isDeemedAcceptanceAgreed: boolean;
  verdicts: { criterionId: string; statement: string; isMet: boolean; comment: string }[];
  remarks: { id: string; text: string; changeRequestId: string | null }[];
}

export interface DeliveryBody {
  agreementVersion: number | null;
  deliverables: {
    id: string;
    status: string;
    revisionLimit: number | null;
    revisionsUsed: number;
    revisionsLeft: number | null;
    submitBlockedBy: string | null;
    submissions: SubmissionBody[];
  }[];
  milestones: { id: string; isAccepted: boolean }[];
  scope: {
    currency: string;
    agreedMinor: number | null;
    approvedChanges: { count: number; priceMinor: number };
    awaitingApproval: { count: number; priceMinor: number };
    unpricedDemands: { notes: number; changeRequests: number };
    declinedChanges: number;
  } | null;
}

export interface ChangeRequestBody {
  id: string;
  number: number;
  status: string;
  fromRemarkId: string | null;
  pricing: { priceMinor: number; currency: string; scheduleImpactDays: number } | null;
  application: "amendment" | "acknowledgement" | null;
  agreementVersion: number | null;
  declineReason: string | null;
}

export interface DeliveryWorld extends AgreementWorld {
  url: (path?: string) => string;
}

/**
 * An engagement whose agreement both sides signed, with `adjust` applied to the draft first
 * (the default terms: deliverable d1 with criteria c1, c2, two revision rounds, milestone m2;
 * a 10-day review window with deemed acceptance; changes by signed amendment).
 */
export async function buildDeliveryWorld(
  t: TestApp,
  adjust: (terms: AgreementTerms) => AgreementTerms = (terms) => terms,
): Promise<DeliveryWorld> {
  const w = await buildAgreementWorld(t);
  const url = (path = "") => `/api/v1/engagements/${w.engagementId}${path}`;
  const draft = bodyOf<VersionBody>(await w.client.client.get(url("/agreement/versions/1")));
  const edited = bodyOf<VersionBody>(
    await w.client.client.request("PUT", url("/agreement/draft"), {
      terms: adjust(draft.terms),
      baseHash: draft.contentHash,
    }),
  );
  await signByBoth({ ...w, url }, edited.version, edited.contentHash);
  return { ...w, url };
}

/** Both owners sign; the provider names `acknowledgedFindings` (a pay cut it accepts). */
export async function signByBoth(
  w: DeliveryWorld,
  version: number,
  contentHash?: string,
  acknowledgedFindings: string[] = [],
) {
  const hash =
    contentHash ??
    bodyOf<VersionBody>(await w.client.client.get(w.url(`/agreement/versions/${version}`)))
      .contentHash;
  bodyOf(
    await w.client.client.post(w.url(`/agreement/versions/${version}/sign`), { contentHash: hash }),
  );
  bodyOf(
    await w.provider.client.post(w.url(`/agreement/versions/${version}/sign`), {
      contentHash: hash,
      acknowledgedFindings,
    }),
  );
}

/** A multipart/form-data body, as a browser's FormData would send it. */
export function multipart(files: { name: string; content: Buffer | string; type?: string }[]) {
  const boundary = `----accord-test-${Math.random().toString(36).slice(2)}`;
  const parts = files.map((file) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: ${file.type ?? "application/octet-stream"}\r\n\r\n`,
      ),
      Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
      Buffer.from("\r\n"),
    ]),
  );
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

export function upload(w: DeliveryWorld, as: Person, files: Parameters<typeof multipart>[0]) {
  const body = multipart(files);
  return as.client.request("POST", w.url("/files"), body.payload, body.headers);
}

export function submit(
  w: DeliveryWorld,
  deliverableId = "d1",
  body: { description?: string; links?: string[]; fileIds?: string[] } = {},
  as: Person = w.provider,
) {
  return as.client.post(w.url(`/deliverables/${deliverableId}/submissions`), {
    description: "Round ready for review",
    ...body,
  });
}

export function evaluate(
  w: DeliveryWorld,
  submissionId: string,
  body: {
    verdicts: { criterionId: string; isMet: boolean; comment?: string }[];
    remarks?: string[];
  },
  as: Person = w.client,
) {
  return as.client.post(w.url(`/submissions/${submissionId}/evaluation`), body);
}

export const ALL_MET = {
  verdicts: [
    { criterionId: "c1", isMet: true, comment: "Test order #1 paid" },
    { criterionId: "c2", isMet: true, comment: "Lighthouse: 1.2 s" },
  ],
};

export const ONE_UNMET = {
  verdicts: [
    { criterionId: "c1", isMet: true },
    { criterionId: "c2", isMet: false, comment: "Home page takes 4.1 s on the staging site" },
  ],
  remarks: ["Could the buttons be a darker blue?"],
};

export async function delivery(w: DeliveryWorld, as: Person = w.client): Promise<DeliveryBody> {
  return bodyOf<DeliveryBody>(await as.client.get(w.url("/delivery")));
}

/**
 * The sides sign an amendment adding a "Hand-over" milestone `m3` (deliverable `d3`, one
 * criterion `c1`, 1,000 more in the agreement's currency) due on `dueDate`, in force from now.
 */
export async function signHandOverVersion(w: DeliveryWorld, dueDate: string): Promise<void> {
  const opened = bodyOf<VersionBody>(
    await w.client.client.post(w.url("/agreement/amendments")),
    201,
  );
  const terms = structuredClone(opened.terms);
  const withHandOver: AgreementTerms = {
    ...terms,
    deliverables: [
      ...terms.deliverables,
      {
        id: "d3",
        title: "Hand-over",
        description: "Training and documentation.",
        criteria: [{ id: "c1", statement: "The team is trained", verification: "A session held" }],
        revisionLimit: 1,
        milestoneId: "m3",
        coversMustHaveIds: [],
      },
    ],
    milestones: [
      ...terms.milestones,
      { id: "m3", title: "Hand-over", dueDate, amountMinor: 100_000 },
    ],
    remuneration: { ...terms.remuneration, amountMinor: 1_300_000 },
  };
  const draft = bodyOf<VersionBody>(
    await w.client.client.request("PUT", w.url("/agreement/draft"), {
      terms: withHandOver,
      baseHash: opened.contentHash,
    }),
  );
  await signByBoth(w, draft.version, draft.contentHash);
}
