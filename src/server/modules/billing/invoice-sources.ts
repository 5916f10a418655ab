import type { Kysely } from "kysely";
import type { z } from "zod";
import type { InvoiceSource, InvoiceLineInput } from "../../../contracts/billing";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import { checkInvoiceLines, type InvoiceLine } from "../../../domain/billing/invoice";
import {
  milestoneInvoiceLine,
  retainerInvoiceLine,
} from "../../../domain/billing/invoice-lines-from-terms";
import {
  checkRetainerPeriodDates,
  retainerPeriodOf,
  type RetainerPeriodRefusal,
} from "../../../domain/billing/retainer-period";
import type { Finding } from "../../../domain/findings";
import type { Locale } from "../../../i18n/locales";
import type { MessageKey } from "../../../i18n/messages/en";
import { translate } from "../../../i18n/translate";
import type { Database, InvoiceSourceKind } from "../../db/schema";
import { dateOutOfBounds, fail, failAtField, ok, type Result } from "../../platform/result";
import { findChangeRequest } from "../change-requests/change-requests.repository";
import { listEventPayloads } from "../ledger/ledger.repository";
import { formatDay } from "../../../i18n/format";

export interface SourcedLines {
  kind: InvoiceSourceKind;
  /** What the invoice covers, invoiced once: milestone id, change request id, period start. */
  ref: string | null;
  lines: InvoiceLine[];
}

/** Whether the ledger holds `milestone.accepted` for the milestone: what makes it due. */
async function isMilestoneAccepted(
  db: Kysely<Database>,
  engagementId: string,
  milestoneId: string,
): Promise<boolean> {
  const accepted = await listEventPayloads(db, engagementId, "milestone.accepted");
  return accepted.some((payload) => payload.milestoneId === milestoneId);
}

const RETAINER_PERIOD_MESSAGES = {
  retainer_period_before_engagement: "billing.retainer.period_before_engagement",
  retainer_period_too_far_ahead: "billing.retainer.period_too_far_ahead",
} as const satisfies Record<RetainerPeriodRefusal["reason"], MessageKey>;

/** Findings on invoice lines as field failures (the HTTP edge words them for the reader). */
export function lineFailure(findings: readonly Finding[]): Result<never> {
  return fail(
    "invoice_lines_invalid",
    { count: findings.length },
    findings.map((f) => ({
      path: f.path,
      key: `billing.invoice.${f.code}` as MessageKey,
      ...(f.values && { values: f.values }),
    })),
  );
}

/**
 * The field of a new invoice's body that names what it covers: refusals of that choice (an
 * unknown or not yet accepted milestone, a period that is not one, a source invoiced already)
 * are shown beside it.
 */
export const SOURCE_FIELD = {
  milestone: "source.milestoneId",
  change_request: "source.changeRequestId",
  retainer: "source.periodStart",
} as const satisfies Record<Exclude<InvoiceSourceKind, "manual" | "late_interest">, string>;

/**
 * The lines a new draft starts with. A milestone, an approved change request or a retainer
 * period is invoiced at the amount the agreement in force sets (the description written in the
 * provider's language), so nobody retypes a price; a manual invoice takes the lines given.
 */
export async function linesFromSource(
  db: Kysely<Database>,
  input: {
    engagementId: string;
    terms: AgreementTerms;
    source: z.infer<typeof InvoiceSource>;
    lines: readonly z.infer<typeof InvoiceLineInput>[] | undefined;
    taxRateBasisPoints: number;
    locale: Locale;
    /**
     * The first day the retainer was in force (`retainerInForceSince`), and today: the days a
     * retainer period must fit.
     */
    inForceOn: string;
    today: string;
  },
): Promise<Result<SourcedLines>> {
  const { source, terms, taxRateBasisPoints: tax, locale } = input;
  if (source.kind !== "manual" && input.lines !== undefined) {
    return failAtField("invoice_lines_fixed_by_source", "lines");
  }
  switch (source.kind) {
    case "milestone": {
      const line = milestoneInvoiceLine(terms, source.milestoneId, tax);
      if (!line.ok) {
        return line.reason === "milestone_unknown"
          ? failAtField(line.reason, SOURCE_FIELD.milestone)
          : fail(line.reason);
      }
      if (!(await isMilestoneAccepted(db, input.engagementId, source.milestoneId))) {
        return failAtField("milestone_not_accepted", SOURCE_FIELD.milestone);
      }
      return ok({ kind: "milestone", ref: source.milestoneId, lines: [line.line] });
    }
    case "change_request": {
      const change = await findChangeRequest(db, input.engagementId, source.changeRequestId);
      if (!change) {
        return fail("validation_failed", undefined, [
          { path: SOURCE_FIELD.change_request, key: "billing.source.change_request_unknown" },
        ]);
      }
      if (change.status !== "approved" && change.status !== "applied") {
        return failAtField("change_request_not_approved", SOURCE_FIELD.change_request);
      }
      const description = translate(locale, "invoice.line.changeRequest", {
        number: Number(change.number),
        title: change.title,
      });
      const line = {
        description,
        quantityMilli: 1000,
        unitPriceMinor: Number(change.price_minor ?? 0),
        taxRateBasisPoints: tax,
      };
      return ok({ kind: "change_request", ref: change.id, lines: [line] });
    }
    case "retainer": {
      if (terms.remuneration.model !== "retainer") return fail("not_a_retainer");
      const period = retainerPeriodOf(source.periodStart, terms.remuneration.retainerPeriod);
      if (!period) {
        return failAtField("retainer_period_invalid", SOURCE_FIELD.retainer, {
          period: terms.remuneration.retainerPeriod ?? "month",
        });
      }
      const refused = checkRetainerPeriodDates(period, terms.remuneration.retainerPeriod, input);
      if (refused) {
        return dateOutOfBounds(
          SOURCE_FIELD.retainer,
          RETAINER_PERIOD_MESSAGES[refused.reason],
          { as: "periodStart", date: period.start },
          refused.limit,
        );
      }
      const description = translate(locale, "invoice.line.retainer", {
        start: formatDay(locale, period.start),
        end: formatDay(locale, period.end),
      });
      const line = retainerInvoiceLine(terms.remuneration, description, tax);
      if (!line.ok) return fail(line.reason);
      return ok({ kind: "retainer", ref: period.start, lines: [line.line] });
    }
    case "manual": {
      const lines = (input.lines ?? []).map((l) => ({ ...l }));
      const findings = checkInvoiceLines(lines, terms.remuneration.currency);
      if (findings.length > 0) return lineFailure(findings);
      return ok({ kind: "manual", ref: null, lines });
    }
  }
}
