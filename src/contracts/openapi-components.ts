import { z } from "zod";
import { AgreementVersion } from "./agreements";
import { Invoice, PaymentRecord, Refund } from "./billing";
import { ChangeRequest } from "./change-requests";
import { Submission } from "./delivery";
import { Engagement } from "./engagements";
import { Review } from "./reviews";
import { Dispute } from "./disputes";
import { Exit } from "./exits";
import { BriefResponse } from "./briefs";
import { ModerationCase } from "./moderation";
import { ScreeningNotice } from "./screening";
import { ProposalResponse } from "./proposals";
import { ErrorResponse, FieldError } from "./errors";

import { AgreementTermsSchema, FindingSchema, ProposalTermsSchema } from "./terms";

/**
 * Schemas many operations share, each written once in the OpenAPI document as a component and
 * referenced by `$ref` (fastify-type-provider-zod turns every schema of Zod's global registry
 * with an `id` into one). Without them every operation repeated the whole error-code list and
 * the terms, and the document weighed 2.9 MB; `test/api/openapi-document.test.ts` holds it
 * under 704 KB and checks every reference resolves.
 */
const COMPONENTS: [z.ZodType, string][] = [
  [ErrorResponse, "ErrorResponse"],
  [FieldError, "FieldError"],
  [AgreementTermsSchema, "AgreementTerms"],
  [ProposalTermsSchema, "ProposalTerms"],
  [AgreementVersion, "AgreementVersion"],
  [FindingSchema, "Finding"],
  [Invoice, "Invoice"],
  [Engagement, "Engagement"],
  [ChangeRequest, "ChangeRequest"],
  [Submission, "Submission"],
  [Review, "Review"],
  [Dispute, "Dispute"],
  [Exit, "Exit"],
  [BriefResponse, "Brief"],
  [ProposalResponse, "Proposal"],
  [ModerationCase, "ModerationCase"],
  [ScreeningNotice, "ScreeningNotice"],
  [PaymentRecord, "PaymentRecord"],
  [Refund, "Refund"],
];

/** Gives the shared schemas their component ids; idempotent, called before routes register. */
export function registerOpenApiComponents(): void {
  for (const [schema, id] of COMPONENTS) {
    z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });
  }
}
