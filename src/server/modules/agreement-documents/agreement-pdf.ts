import { createRequire } from "node:module";
import type PDFKit from "pdfkit";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import { formatMoney } from "../../../i18n/format";
import type { Locale } from "../../../i18n/locales";
import { translatorFor } from "../../../i18n/translate";

const require = createRequire(import.meta.url);
/** pdfkit (400 ms of start-up) loads with the first PDF asked for, not with the server. */
const loadPdfKit = () => require("pdfkit") as typeof PDFKit;
/** DejaVu covers Latin, Greek, Cyrillic and more, so user content in any of those prints as written. */
const FONT_REGULAR = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

export interface AgreementDocument {
  title: string;
  clientName: string;
  providerName: string;
  version: number;
  status: "draft" | "in_force" | "superseded";
  terms: AgreementTerms;
  contentHash: string;
  signatures: { side: "client" | "provider"; name: string; signedAt: string }[];
}

/**
 * The agreement as a PDF in the reader's language: labels translated, amounts and dates in the
 * reader's format, everything the two sides wrote exactly as they wrote it.
 */
export function renderAgreementPdf(
  doc: AgreementDocument,
  locale: Locale,
  now: Date,
): Promise<Buffer> {
  const t = translatorFor(locale);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso),
    );
  const money = (minor: number | null) =>
    minor === null ? "—" : formatMoney(locale, minor, doc.terms.remuneration.currency);
  const PDFDocument = loadPdfKit();
  const pdf = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: doc.title, Creator: "Accord" },
    lang: locale,
  });
  pdf.registerFont("regular", FONT_REGULAR);
  pdf.registerFont("bold", FONT_BOLD);

  const heading = (text: string) =>
    pdf
      .moveDown(0.8)
      .font("bold")
      .fontSize(13)
      .text(text)
      .moveDown(0.3)
      .font("regular")
      .fontSize(10);
  const paragraph = (text: string) => (text.trim() ? pdf.text(text, { paragraphGap: 4 }) : pdf);
  const bullet = (text: string, indent = 12) => pdf.text(`• ${text}`, { indent, paragraphGap: 2 });
  const { terms } = doc;

  pdf
    .font("bold")
    .fontSize(18)
    .text(t("agreementDoc.title", { title: doc.title }));
  pdf
    .font("regular")
    .fontSize(10)
    .fillColor("#444")
    .text(t("agreementDoc.version", { version: doc.version, status: doc.status }));
  pdf
    .text(t("agreementDoc.parties", { client: doc.clientName, provider: doc.providerName }))
    .fillColor("black");

  heading(t("agreementDoc.section.scope"));
  paragraph(terms.scope);

  heading(t("agreementDoc.section.deliverables"));
  for (const deliverable of terms.deliverables) {
    pdf.font("bold").text(deliverable.title).font("regular");
    paragraph(deliverable.description);
    for (const c of deliverable.criteria)
      bullet(
        t("agreementDoc.criterion", {
          statement: c.statement,
          verification: c.verification || "—",
        }),
      );
    const limit =
      deliverable.revisionLimit === null ? "unlimited" : String(deliverable.revisionLimit);
    pdf.text(t("agreementDoc.revisions", { limit }), { paragraphGap: 6 });
  }

  if (terms.milestones.length > 0) {
    heading(t("agreementDoc.section.milestones"));
    for (const m of terms.milestones)
      bullet(
        t("agreementDoc.milestone", {
          title: m.title,
          dueDate: date(m.dueDate),
          amount: money(m.amountMinor),
        }),
        0,
      );
  }

  heading(t("agreementDoc.section.responsibilities"));
  const responsibilities = (label: string, list: AgreementTerms["clientResponsibilities"]) => {
    if (list.length === 0) return;
    pdf.font("bold").text(label).font("regular");
    for (const r of list)
      bullet(
        t("agreementDoc.responsibility", {
          what: r.what,
          dueDate: r.dueDate ? date(r.dueDate) : "none",
        }),
      );
  };
  responsibilities(t("agreementDoc.clientResponsibilities"), terms.clientResponsibilities);
  responsibilities(t("agreementDoc.providerResponsibilities"), terms.providerResponsibilities);

  heading(t("agreementDoc.section.methodology"));
  paragraph(terms.methodology);
  paragraph(
    t("agreementDoc.cadence", {
      days: terms.cadence.checkInEveryDays,
      channels: terms.cadence.channels.join(", ") || "none",
    }),
  );
  paragraph(t("agreementDoc.responseTimes", terms.responseTimes));

  heading(t("agreementDoc.section.remuneration"));
  const r = terms.remuneration;
  paragraph(t("agreementDoc.priceModel", { model: r.model, amount: money(r.amountMinor) }));
  if (r.rateMinor !== null)
    paragraph(
      t("agreementDoc.rate", { rate: money(r.rateMinor), unit: r.estimatedEffort?.unit ?? "hour" }),
    );
  if (r.estimatedEffort)
    paragraph(
      t("agreementDoc.effort", {
        quantity: r.estimatedEffort.quantity,
        unit: r.estimatedEffort.unit,
      }),
    );
  paragraph(
    t("agreementDoc.paymentTerms", {
      days: terms.paymentTermsDays,
      interest: terms.statutoryLateInterest ? "yes" : "no",
    }),
  );
  if (terms.isFloorWaived) paragraph(t("agreementDoc.floorWaived"));

  heading(t("agreementDoc.section.evaluation"));
  paragraph(
    t("agreementDoc.changeControl", {
      amendment: terms.changeControl.isAmendmentRequired ? "yes" : "no",
    }),
  );
  paragraph(
    t("agreementDoc.reviewWindow", {
      days: terms.reviewWindowDays === null ? "none" : String(terms.reviewWindowDays),
      deemed: terms.hasDeemedAcceptance ? "yes" : "no",
    }),
  );
  paragraph(
    t("agreementDoc.notice", {
      days: terms.noticePeriodDays === null ? "none" : String(terms.noticePeriodDays),
    }),
  );
  if (terms.handOverDuties.length > 0)
    paragraph(t("agreementDoc.handOver", { duties: terms.handOverDuties.join("; ") }));
  const steps = terms.disputeLadder.map((step) => t("agreementDoc.disputeStep", { step }));
  if (steps.length > 0) paragraph(t("agreementDoc.disputeLadder", { steps: steps.join(" → ") }));

  if (terms.additionalClauses.length > 0) {
    heading(t("agreementDoc.section.clauses"));
    for (const clause of terms.additionalClauses) bullet(clause.text, 0);
  }

  heading(t("agreementDoc.section.signatures"));
  for (const side of ["client", "provider"] as const) {
    const signature = doc.signatures.find((s) => s.side === side);
    paragraph(
      signature
        ? t("agreementDoc.signature", {
            side,
            name: signature.name,
            signedAt: date(signature.signedAt),
          })
        : t("agreementDoc.unsigned", { side }),
    );
  }
  pdf
    .fontSize(8)
    .fillColor("#444")
    .text(t("agreementDoc.hash", { hash: doc.contentHash }));
  pdf.moveDown().text(t("agreementDoc.footer", { date: date(now.toISOString()) }));

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
    pdf.end();
  });
}
