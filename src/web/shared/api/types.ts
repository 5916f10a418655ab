/**
 * The shapes the web app reads, inferred from the API contracts so that they cannot drift.
 * Only types are imported: the Zod schemas stay on the server unless a feature needs a constant.
 */
import type { z } from "zod";
import type * as Agreements from "../../../contracts/agreements";
import type * as Auth from "../../../contracts/auth";
import type * as Billing from "../../../contracts/billing";
import type * as Briefs from "../../../contracts/briefs";
import type * as ChangeRequests from "../../../contracts/change-requests";
import type * as Common from "../../../contracts/common";
import type * as Delivery from "../../../contracts/delivery";
import type * as Engagements from "../../../contracts/engagements";
import type * as Health from "../../../contracts/health";
import type * as Invitations from "../../../contracts/invitations";
import type * as Mailbox from "../../../contracts/mailbox";
import type * as Messages from "../../../contracts/messages";
import type * as Notifications from "../../../contracts/notifications";
import type * as Orgs from "../../../contracts/orgs";
import type * as Profiles from "../../../contracts/profiles";
import type * as Proposals from "../../../contracts/proposals";
import type * as Terms from "../../../contracts/terms";
import type * as Tokens from "../../../contracts/tokens";
import type * as Webhooks from "../../../contracts/webhooks";
import type { NotifiedEventType as DomainNotifiedEventType } from "../../../domain/notifications/notification-types";

export type Role = Common.Role;
export type OrgKind = Common.OrgKind;
export type OrgRef = z.infer<typeof Common.OrgRef>;

export type MeResponse = Auth.MeResponse;
export type User = z.infer<typeof Auth.User>;
export type SignUpBody = z.input<typeof Auth.SignUpBody>;
export type LogInBody = z.input<typeof Auth.LogInBody>;
export type UpdateMeBody = z.input<typeof Auth.UpdateMeBody>;

export type Organisation = z.infer<typeof Orgs.Organisation>;
export type CreateOrgBody = z.input<typeof Orgs.CreateOrgBody>;
export type Member = z.infer<typeof Orgs.Member>;
export type MemberInvitation = z.infer<typeof Orgs.MemberInvitation>;
export type InviteMemberBody = z.input<typeof Orgs.InviteMemberBody>;

export type InvitationPreview = z.infer<typeof Invitations.InvitationPreview>;
export type AcceptInvitationResponse = z.infer<typeof Invitations.AcceptInvitationResponse>;

export type Engagement = Engagements.Engagement;
export type EngagementStatus = z.infer<typeof Engagements.EngagementStatus>;
export type EngagementList = z.infer<typeof Engagements.EngagementList>;
export type StartEngagementBody = z.input<typeof Engagements.StartEngagementBody>;
export type LedgerEvent = z.infer<typeof Engagements.LedgerEvent>;
export type EventList = z.infer<typeof Engagements.EventList>;
export type LedgerVerification = z.infer<typeof Engagements.LedgerVerification>;

export type ApiToken = z.infer<typeof Tokens.ApiToken>;
export type CreatedApiToken = z.infer<typeof Tokens.CreatedApiToken>;
export type CreateTokenBody = z.input<typeof Tokens.CreateTokenBody>;
export type TokenScope = Tokens.TokenScope;

export type MailboxMessage = z.infer<typeof Mailbox.MailboxMessage>;

export type LocalisedNames = z.infer<typeof Profiles.LocalisedNames>;
export type Taxonomy = z.infer<typeof Profiles.Taxonomy>;
export type TaxonomyCategory = z.infer<typeof Profiles.TaxonomyCategory>;
export type TaxonomySkill = z.infer<typeof Profiles.TaxonomySkill>;
export type UpsertCategoryBody = z.input<typeof Profiles.UpsertCategoryBody>;
export type UpsertSkillBody = z.input<typeof Profiles.UpsertSkillBody>;
export type ProfileBody = z.input<typeof Profiles.ProfileBody>;
export type ProviderProfile = z.infer<typeof Profiles.ProviderProfileResponse>;
export type Rate = z.infer<typeof Profiles.Rate>;
export type TrackRecord = z.infer<typeof Profiles.TrackRecord>;

export type Finding = Terms.FindingResponse;
export type ProposalTerms = z.infer<typeof Terms.ProposalTermsSchema>;
export type AgreementTerms = z.infer<typeof Terms.AgreementTermsSchema>;
export type Deliverable = z.infer<typeof Terms.DeliverableSchema>;
export type AcceptanceCriterion = z.infer<typeof Terms.AcceptanceCriterionSchema>;
export type Milestone = z.infer<typeof Terms.MilestoneSchema>;
export type Responsibility = z.infer<typeof Terms.ResponsibilitySchema>;
export type Remuneration = z.infer<typeof Terms.RemunerationSchema>;

export type BriefBody = z.input<typeof Briefs.BriefBody>;
export type UpdateBriefBody = z.input<typeof Briefs.UpdateBriefBody>;
export type Brief = Briefs.BriefResponse;
export type BriefStatus = z.infer<typeof Briefs.BriefStatus>;
export type Match = z.infer<typeof Briefs.Match>;
export type MatchFactor = z.infer<typeof Briefs.MatchFactor>;
export type MatchList = z.infer<typeof Briefs.MatchList>;

export type Proposal = Proposals.ProposalResponse;
export type UpdateProposalBody = z.input<typeof Proposals.UpdateProposalBody>;
export type ProposalStatus = z.infer<typeof Proposals.ProposalStatus>;

export type AgreementVersion = Agreements.AgreementVersion;
export type AgreementOverview = z.infer<typeof Agreements.AgreementOverview>;
export type AgreementDiff = z.infer<typeof Agreements.AgreementDiff>;
export type Signature = z.infer<typeof Agreements.Signature>;

export type DeliveryOverview = z.infer<typeof Delivery.DeliveryOverview>;
export type DeliverableProgress = z.infer<typeof Delivery.DeliverableProgress>;
export type DeliverableStatus = DeliverableProgress["status"];
export type SubmitBlockedReason = NonNullable<DeliverableProgress["submitBlockedBy"]>;
export type MilestoneProgress = z.infer<typeof Delivery.MilestoneProgress>;
export type ScopeSummary = z.infer<typeof Delivery.ScopeSummaryResponse>;
export type Submission = Delivery.Submission;
export type SubmissionStatus = z.infer<typeof Delivery.SubmissionStatus>;
export type Remark = z.infer<typeof Delivery.Remark>;
export type StoredFile = Delivery.StoredFile;
export type UploadedFiles = z.infer<typeof Delivery.UploadedFiles>;
export type SubmitBody = z.input<typeof Delivery.SubmitBody>;
export type EvaluateBody = z.input<typeof Delivery.EvaluateBody>;

export type ChangeRequest = ChangeRequests.ChangeRequest;
export type ChangeRequestStatus = ChangeRequest["status"];
export type ChangeRequestList = z.infer<typeof ChangeRequests.ChangeRequestList>;
export type ProposeChangeBody = z.input<typeof ChangeRequests.ProposeChangeBody>;
export type PriceChangeBody = z.input<typeof ChangeRequests.PriceChangeBody>;
export type DeclineChangeBody = z.input<typeof ChangeRequests.DeclineChangeBody>;

/** A message of a thread; named apart from the interface's translated messages. */
export type ThreadMessage = z.infer<typeof Messages.Message>;
/** A message just posted, with what screening told the sender. */
export type PostedThreadMessage = z.infer<typeof Messages.PostedMessage>;
export type ThreadMessageList = z.infer<typeof Messages.MessageList>;
export type ThreadSummary = z.infer<typeof Messages.ThreadSummary>;
export type ThreadList = z.infer<typeof Messages.ThreadList>;
export type PostMessageBody = z.input<typeof Messages.PostMessageBody>;
export type MarkReadResponse = z.infer<typeof Messages.MarkReadResponse>;
export type Responsiveness = z.infer<typeof Messages.Responsiveness>;
export type SideResponsiveness = Responsiveness["client"];

export type NotifiedEventType = DomainNotifiedEventType;
/** An in-app notification; named apart from the browser's own `Notification`. */
export type AppNotification = z.infer<typeof Notifications.Notification>;
export type NotificationList = z.infer<typeof Notifications.NotificationList>;
export type MarkNotificationsReadBody = z.input<typeof Notifications.MarkNotificationsReadBody>;
export type UnreadCount = z.infer<typeof Notifications.UnreadCount>;
export type NotificationPreferences = z.infer<typeof Notifications.NotificationPreferences>;
export type UpdateNotificationPreferencesBody = z.input<
  typeof Notifications.UpdateNotificationPreferencesBody
>;

export type Webhook = z.infer<typeof Webhooks.Webhook>;
export type WebhookList = z.infer<typeof Webhooks.WebhookList>;
export type WebhookWithSecret = z.infer<typeof Webhooks.WebhookWithSecret>;
export type CreateWebhookBody = z.input<typeof Webhooks.CreateWebhookBody>;
export type UpdateWebhookBody = z.input<typeof Webhooks.UpdateWebhookBody>;
export type WebhookDelivery = z.infer<typeof Webhooks.WebhookDelivery>;
export type WebhookDeliveryStatus = z.infer<typeof Webhooks.WebhookDeliveryStatus>;
export type WebhookDeliveryList = z.infer<typeof Webhooks.WebhookDeliveryList>;
export type WebhookDeliveryDetail = z.infer<typeof Webhooks.WebhookDeliveryDetail>;

export type Invoice = Billing.Invoice;
export type InvoiceList = z.infer<typeof Billing.InvoiceList>;
export type InvoiceStatus = Invoice["status"];
export type InvoiceSourceKind = Invoice["source"]["kind"];
export type InvoiceLine = Invoice["lines"][number];
export type InvoicePayment = Billing.Payment;
export type PaymentStatus = InvoicePayment["status"];
export type CreditNote = Billing.CreditNote;
export type CreateInvoiceBody = z.input<typeof Billing.CreateInvoiceBody>;
export type UpdateInvoiceBody = z.input<typeof Billing.UpdateInvoiceBody>;
export type InvoiceLineInput = z.input<typeof Billing.InvoiceLineInput>;
export type IssueInvoiceBody = z.input<typeof Billing.IssueInvoiceBody>;
export type VoidInvoiceBody = z.input<typeof Billing.VoidInvoiceBody>;
export type RecordPaymentBody = z.input<typeof Billing.RecordPaymentBody>;
export type CreditNoteBody = z.input<typeof Billing.CreditNoteBody>;
export type Refund = Billing.Refund;
export type RefundList = Billing.RefundList;
export type RecordRefundBody = z.input<typeof Billing.RecordRefundBody>;
export type LateInterest = Billing.LateInterest;
export type PaymentRecord = Billing.PaymentRecord;
export type CurrencyPaymentRecord = PaymentRecord["currencies"][number];
export type AgeingBucket = keyof CurrencyPaymentRecord["buckets"];
export type RemunerationTrend = Billing.RemunerationTrend;
export type EarlyPaymentCheck = Billing.EarlyPaymentCheck;
export type ReminderSchedule = Billing.ReminderSchedule;
export type ReminderScheduleBody = z.input<typeof Billing.ReminderScheduleBody>;

export type EngagementHealth = z.infer<typeof Health.EngagementHealth>;
export type HealthSideScore = EngagementHealth["provider"];
export type HealthInputExplanation = HealthSideScore["inputs"][number];
export type HealthEvidence = HealthInputExplanation["evidence"][number];
export type HealthImprovement = NonNullable<HealthSideScore["improvement"]>;
export type HealthWarning = EngagementHealth["warnings"][number];
export type HealthHistory = z.infer<typeof Health.HealthHistory>;
export type HealthHistoryPoint = z.infer<typeof Health.HistoryPoint>;
export type CheckIn = z.infer<typeof Health.CheckIn>;
export type CheckInList = z.infer<typeof Health.CheckInList>;
export type AnswerCheckInBody = z.input<typeof Health.AnswerCheckInBody>;
export type Scorecard = z.infer<typeof Health.Scorecard>;
export type ScorecardSide = z.infer<typeof Health.ScorecardSide>;
export type BriefClientRecord = z.infer<typeof Health.BriefClientRecord>;
