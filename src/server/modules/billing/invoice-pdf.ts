import { createRequire } from "node:module";
import type PDFKit from "pdfkit";
import { formatMoney } from "../../../i18n/format";
import type { Locale } from "../../../i18n/locales";
import { translatorFor } from "../../../i18n/translate";
import { formatBasisPoints, formatDay } from "../../../i18n/format";
import { wordOne } from "../../platform/wording";
import type { InvoiceView } from "./read-invoices";

const require = createRequire(import.meta.url);
/** pdfkit (400 ms of start-up) loads with the first PDF asked for, not with the server. */
const loadPdfKit = () => require("pdfkit") as typeof PDFKit;
/** DejaVu covers Latin, Greek, Cyrillic and more, so names and lines print as written. */
const FONT_REGULAR = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

const MARGIN = 56;
/** Column starts and widths of the lines table on A4 (595 pt wide). */
const COLUMNS = {
  description: { x: MARGIN, width: 215 },
  quantity: { x: 275, width: 55 },
  unitPrice: { x: 334, width: 75 },
  tax: { x: 413, width: 45 },
  net: { x: 462, width: 77 },
} as const;

/**
 * The invoice as a PDF in the reader's language: labels translated, amounts and dates in the
 * reader's format, lines and names exactly as written. A draft says it is not issued; a void
 * invoice says so and why. Payments listed are the confirmed ones, which settle it.
 */
export function renderInvoicePdf(
  invoice: InvoiceView,
  engagementTitle: string,
  locale: Locale,
  now: Date,
): Promise<Buffer> {
  const t = translatorFor(locale);
  const money = (minor: number) => formatMoney(locale, minor, invoice.currency);
  const quantity = (milli: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(milli / 1000);
  const PDFDocument = loadPdfKit();
  const pdf = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: { Title: invoice.number ?? engagementTitle, Creator: "Accord" },
    lang: locale,
  });
  pdf.registerFont("regular", FONT_REGULAR);
  pdf.registerFont("bold", FONT_BOLD);

  pdf
    .font("bold")
    .fontSize(18)
    .text(t("invoiceDoc.title", { status: invoice.status, number: invoice.number ?? "" }));
  pdf.font("regular").fontSize(10).fillColor("#444");
  if (invoice.voidReason) pdf.text(t("invoiceDoc.void", { reason: invoice.voidReason }));
  pdf.text(t("invoiceDoc.engagement", { title: engagementTitle })).fillColor("black");

  const top = pdf.moveDown().y;
  pdf
    .font("bold")
    .text(t("invoiceDoc.from"), MARGIN, top)
    .font("regular")
    .text(invoice.provider.name);
  pdf
    .font("bold")
    .text(t("invoiceDoc.to"), 320, top)
    .font("regular")
    .text(invoice.client.name, 320);
  pdf.x = MARGIN;
  pdf.moveDown();
  if (invoice.issueDate && invoice.dueDate) {
    pdf.text(t("invoiceDoc.issueDate", { date: formatDay(locale, invoice.issueDate) }));
    pdf.text(
      t("invoiceDoc.dueDate", {
        date: formatDay(locale, invoice.dueDate),
        days: invoice.paymentTermsDays ?? 0,
      }),
    );
  } else {
    pdf.text(t("invoiceDoc.notIssued"));
  }

  pdf.moveDown();
  const row = (cells: Record<keyof typeof COLUMNS, string>, font: "regular" | "bold") => {
    const y = pdf.y;
    pdf.font(font);
    let bottom = y;
    for (const [name, column] of Object.entries(COLUMNS) as [
      keyof typeof COLUMNS,
      { x: number; width: number },
    ][]) {
      pdf.text(cells[name], column.x, y, {
        width: column.width,
        align: name === "description" ? "left" : "right",
      });
      bottom = Math.max(bottom, pdf.y);
    }
    pdf.x = MARGIN;
    pdf.y = bottom + 4;
  };
  row(
    {
      description: t("invoiceDoc.column.description"),
      quantity: t("invoiceDoc.column.quantity"),
      unitPrice: t("invoiceDoc.column.unitPrice"),
      tax: t("invoiceDoc.column.tax"),
      net: t("invoiceDoc.column.net"),
    },
    "bold",
  );
  for (const line of invoice.lines) {
    row(
      {
        description: line.description,
        quantity: quantity(line.quantityMilli),
        unitPrice: money(line.unitPriceMinor),
        tax: formatBasisPoints(locale, line.taxRateBasisPoints),
        net: money(line.netMinor),
      },
      "regular",
    );
  }

  pdf.moveDown(0.5);
  const sum = (label: string, amount: string, font: "regular" | "bold" = "regular") => {
    const y = pdf.y;
    pdf.font(font).text(label, MARGIN, y, { width: 400, align: "right" });
    pdf.text(amount, COLUMNS.net.x, y, { width: COLUMNS.net.width, align: "right" });
    pdf.x = MARGIN;
  };
  sum(t("invoiceDoc.subtotal"), money(invoice.subtotalMinor));
  for (const group of invoice.taxGroups) {
    sum(
      t("invoiceDoc.taxGroup", {
        rate: formatBasisPoints(locale, group.rateBasisPoints),
        net: money(group.netMinor),
      }),
      money(group.taxMinor),
    );
  }
  sum(t("invoiceDoc.total"), money(invoice.totalMinor), "bold");
  for (const note of invoice.creditNotes) {
    sum(
      t("invoiceDoc.creditNote", {
        number: note.number,
        date: formatDay(locale, note.issuedOn),
        reason: typeof note.reason === "string" ? note.reason : wordOne(locale, note.reason),
      }),
      money(-note.amountMinor),
    );
  }
  for (const payment of invoice.payments.filter((p) => p.status === "confirmed")) {
    sum(
      t("invoiceDoc.payment", {
        date: formatDay(locale, payment.paidOn),
        reference: payment.reference || "none",
      }),
      money(-payment.amountMinor),
    );
  }
  if (invoice.status !== "draft" && invoice.status !== "void") {
    sum(t("invoiceDoc.outstanding"), money(invoice.outstandingMinor), "bold");
  }

  pdf.moveDown();
  if (invoice.isLateInterestAgreed) pdf.font("regular").text(t("invoiceDoc.lateInterest"));
  if (invoice.note.trim()) {
    pdf.moveDown(0.5).font("bold").text(t("invoiceDoc.note")).font("regular").text(invoice.note);
  }
  pdf
    .moveDown()
    .fontSize(8)
    .fillColor("#444")
    .text(
      t("invoiceDoc.footer", {
        date: formatDay(locale, now.toISOString().slice(0, 10)),
        currency: invoice.currency,
      }),
    );

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
    pdf.end();
  });
}
