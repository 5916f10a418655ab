/**
 * English catalogue: the reference every other locale must match key for key (the type
 * `Catalogue` enforces it, and `src/i18n/catalogues.test.ts` checks usage and ICU syntax).
 * Keys name a meaning, never the English text.
 */
export const en = {
  "error.validation_failed": "Some fields need your attention.",
  "error.bad_request": "The request could not be read.",
  "error.unauthenticated": "Please log in to continue.",
  "error.forbidden": "Your role in this organisation does not allow this action.",
  "error.forbidden.moderator_only": "Only a platform moderator can do this.",
  "error.forbidden.accused_only": "Only the accused organisation answers the notice of a case.",
  "error.forbidden.other_side_only":
    "Only the other side reports a text; this one was written by your own organisation.",
  "error.forbidden.client_side_only":
    "Only the client side takes this step; the provider side cannot.",
  "error.forbidden.provider_side_only":
    "Only the provider side takes this step; the client side cannot.",
  "error.forbidden.initiator_only":
    "Only the organisation that proposed this engagement can withdraw it.",
  "error.forbidden.reviewed_only":
    "Only the organisation that was reviewed replies to a review; your side wrote it.",
  "error.forbidden.parties_only": "Only the parties to a case may appeal it; a moderator does not.",
  "error.not_found": "We could not find that.",
  "error.email_taken": "An account with this e-mail address already exists.",
  "error.invalid_credentials": "The e-mail address or password is incorrect.",
  "error.rate_limited":
    "Too many attempts. Try again in {seconds, plural, one {# second} other {# seconds}}.",
  "error.csrf_invalid":
    "Your security token is missing or out of date. Reload the page and try again.",
  "error.invitation_invalid": "This invitation has expired or has already been answered.",
  "error.organisation_kind_mismatch":
    "An engagement joins a client and a provider: choose one of your {kind, select, client {client} other {provider}} organisations.",
  "error.already_member": "This person is already a member of the organisation.",
  "error.invitation_pending":
    "{email} already has an invitation to join, valid until {expiresAt}: revoke it to send a new one.",
  "error.engagement_already_proposed":
    "Your organisation already proposed “{title}” to {email}, and the invitation is open until {expiresAt}: wait for their answer, withdraw that proposal (if the mail was lost or the address is wrong), or give this engagement another title.",
  "error.counterpart_on_own_side":
    "{who, select, self {That is your own address} other {{email} is a member of {org}}}: an engagement invites a person of the other side, so send it to an address of theirs.",
  "error.last_owner": "An organisation needs at least one owner.",
  "error.token_scope_missing":
    "{scope, select, session {Only a signed-in person can do this, not an API token: sign in to do it.} other {This API token does not have the scope {scope}.}}",
  "error.token_name_taken":
    "The organisation already has an active API token named “{name}”: revoke it to use the name again, or choose another.",
  "error.mailbox_disabled": "The demo mailbox is shown only when e-mail is kept in the outbox.",
  "error.engagement_not_pending": "This engagement is no longer waiting for an answer.",
  "error.engagement_not_withdrawable":
    "This proposal can no longer be withdrawn: the engagement {status, select, active {has been accepted and is under way} declined {was declined} withdrawn {is already withdrawn} other {is no longer pending}}.",
  "error.organisation_kind_wrong":
    "This needs a {kind, select, client {client} other {provider}} organisation.",
  "error.shortlist_not_provider":
    "{org} is a client organisation: only a provider organisation can be shortlisted or invited to propose.",
  "error.unknown_skill": "This skill is not in the taxonomy.",
  "error.brief_not_publishable":
    "The brief cannot be published yet: {count, plural, one {# point blocks it} other {# points block it}}.",
  "error.brief_not_editable":
    "This brief {status, select, published {is already published} other {is closed: a proposal was accepted}}: only a draft brief can be {action, select, publish {published} other {edited}}.",
  "error.brief_title_taken":
    "Your organisation already has a draft brief “{title}”, started on {startedOn}: write on in that one, or give this one another title.",
  "error.brief_closed":
    "This brief is closed: a proposal was accepted, so it takes no more invitations or proposals.",
  "error.proposal_not_editable":
    "This proposal {status, select, submitted {was sent and awaits the client’s answer: it can be edited again only if the client sends it back for a revision} accepted {was accepted: its terms are now edited in the agreement’s draft} declined {was declined: it can no longer be edited} withdrawn {was withdrawn by the provider: it can no longer be edited} other {was not selected: it can no longer be edited}}.",
  "error.proposal_open_on_brief":
    "Your organisation already has a proposal to “{brief}” (started on {startedOn}), {status, select, draft {still a draft: finish that one} revision_requested {sent back for a revision: revise that one} other {sent and awaiting the client’s answer}}.",
  "error.proposal_not_submittable":
    "The proposal cannot be sent yet: {count, plural, one {# point blocks it} other {# points block it}}.",
  "error.proposal_wrong_state":
    "This proposal {status, select, draft {is still a draft} submitted {was sent and awaits the client’s answer} revision_requested {was sent back for a revision} accepted {was accepted} declined {was declined} withdrawn {was withdrawn by the provider} other {was not selected: another proposal to the brief was accepted}}, so it cannot be {action, select, submit {sent again} withdraw {withdrawn} decline {declined} requestRevision {sent back for a revision} other {accepted}}.",
  "error.proposal_expired":
    "This proposal was valid until {validUntil}, so it has lapsed: it can no longer be accepted as it stands. Ask the provider for a revision with a new date.",
  "error.agreement_version_signed": "A signed version never changes: propose an amendment instead.",
  "error.agreement_not_signable":
    "This version cannot be signed: {count, plural, one {# unfair term blocks it} other {# unfair terms block it}}.",
  "error.agreement_acknowledgement_missing":
    "Before signing, acknowledge {count, plural, one {the serious finding that costs your side} other {the # serious findings that cost your side}} (a pay cut): tick it, or name its code in acknowledgedFindings.",
  "error.no_agreement_in_force":
    "There is no agreement in force yet: work is delivered and judged against a signed agreement.",
  "error.unknown_deliverable": "This deliverable is not in the agreement in force.",
  "error.deliverable_in_review":
    "This deliverable is waiting for the client's evaluation; it can be handed in again once evaluated.",
  "error.deliverable_already_accepted":
    "This deliverable has been accepted: there is nothing left to hand in.",
  "error.revision_limit_reached":
    "{limit, plural, =0 {No revision round was agreed for this deliverable.} one {The # revision round agreed for this deliverable is used.} other {The # revision rounds agreed for this deliverable are used.}} Further rework needs a change request.",
  "error.submission_not_in_review":
    "{status, select, deemed_accepted {This submission was accepted when the review window passed without an evaluation: it can no longer be evaluated.} other {This submission has already been evaluated.}}",
  "error.evaluation_incomplete":
    "The evaluation is not complete: {count, plural, one {# point needs} other {# points need}} your attention.",
  "error.file_too_large": "“{name}” is larger than the limit of {limit}.",
  "error.file_type_not_allowed": "“{name}” is not a file type Accord accepts. Allowed: {allowed}.",
  "error.too_many_files": "Upload at most {limit, plural, one {# file} other {# files}} at a time.",
  "error.file_already_uploaded":
    "{where, select, upload {“{name}” has the same content as “{stored}” in this upload: send it once.} other {“{name}” has the same content as “{stored}”, uploaded on {uploadedOn} and not yet handed in: hand in that one.}}",
  "error.upload_invalid": "The upload could not be read: send the files as multipart form data.",
  "error.change_request_wrong_state":
    "Change request #{number} “{title}” {status, select, proposed {awaits the provider’s price} priced {is priced and awaits the client’s answer} approved {was already approved and awaits the amendment’s signatures} applied {was already approved and is part of the agreement} declined {was declined} other {was withdrawn}}, so it cannot be {action, select, price {priced} decline {declined} withdraw {withdrawn} other {approved}}.",
  "error.change_request_wrong_side":
    "This step belongs to the {side, select, client {client} other {provider}}.",
  "error.note_already_converted": "This remark has already been turned into a change request.",
  "error.change_moves_milestone_too_far":
    "This change moves the milestone “{milestone}” by {days, plural, one {# day} other {# days}}, to {dueDate}: a day is planned at most ten years ahead, {limit} at the latest.",
  "error.change_request_open_with_title":
    "Change request #{number} “{title}” from your side is still open: carry on there rather than proposing it again.",
  "evaluation.verdict_missing": "Give a verdict on the agreed criterion “{statement}”.",
  "evaluation.verdict_unknown_criterion":
    "“{criterion}” is not one of the criteria agreed for this deliverable. Write it as a remark instead.",
  "evaluation.verdict_duplicate": "This criterion already has a verdict.",
  "evaluation.reason_required": "Say why the criterion is not met, so the provider can fix it.",
  "error.amendment_retainer_period_changed":
    "An amendment keeps the retainer’s period, {period, select, month {a month} other {a quarter}}: its invoices and the final settlement count the fee per period. The fee may change; to bill by another period, agree a new engagement.",
  "error.amendment_currency_changed":
    "An amendment keeps the agreement's currency, {currency}: the invoices, payments and refunds of this engagement, and any change of pay, are counted in it. To work in another currency, agree a new engagement.",
  "error.agreement_stale":
    "The agreement changed since you opened it. Reload it, check the changes, and try again.",
  "error.agreement_already_signed": "Your side has already signed this version.",
  "error.agreement_draft_exists": "A draft is already open: finish or sign it first.",
  "error.internal": "Something went wrong on our side. Please try again.",

  "validation.required": "This field is required.",
  "validation.file_unavailable":
    "One of these files is not available to hand in: upload it again, then hand the work in.",
  "validation.invalid_type":
    "{expected, select, int {Must be a whole number, without decimals.} minor {Must be a whole number of the currency’s smallest unit (cents), without decimals: 12.50 is 1250.} minor_money {Must be a whole number of the currency’s smallest unit, without decimals: {amount} is {minor}.} number {Must be a number.} string {Must be text.} boolean {Must be true or false.} array {Must be a list.} object {Must be an object with its fields.} other {This value has the wrong type.}}",
  "validation.too_short":
    "Must be at least {minimum, plural, one {# character} other {# characters}} long.",
  "validation.too_long":
    "Must be at most {maximum, plural, one {# character} other {# characters}} long.",
  "validation.too_few_items": "Choose at least {minimum, plural, one {# item} other {# items}}.",
  "validation.too_many_items": "Choose at most {maximum, plural, one {# item} other {# items}}.",
  "validation.too_small": "Must be at least {minimum, number}.",
  "validation.too_big": "Must be at most {maximum, number}.",
  "validation.too_small.percent": "Must be at least {minimum, number, percent}.",
  "validation.too_big.percent": "Must be at most {maximum, number, percent}.",
  "validation.too_small.money": "Must be at least {minimum}.",
  "validation.too_big.money": "Must be at most {maximum}.",
  "validation.too_small.amount": "Must be an amount of at least {minimum, number}.",
  "validation.too_big.amount": "Must be an amount of at most {maximum, number}.",
  "validation.too_small.days": "Must be at least {minimum, plural, one {# day} other {# days}}.",
  "validation.too_big.days": "Must be at most {maximum, plural, one {# day} other {# days}}.",
  "validation.too_small.hours": "Must be at least {minimum, plural, one {# hour} other {# hours}}.",
  "validation.too_big.hours": "Must be at most {maximum, plural, one {# hour} other {# hours}}.",
  "validation.invalid_date":
    "Must be a day that exists, written YYYY-MM-DD (for example 2026-02-28).",
  "validation.invalid_email": "Enter a valid e-mail address.",
  "validation.invalid_option": "Choose one of: {options}.",
  "validation.unknown_field": "This field is not expected here.",
  "validation.invalid": "This value is not valid.",
  "validation.invalid_text":
    "This text contains a character that cannot be stored (a NUL character or an unpaired surrogate).",
  "validation.nothing_to_update": "Send at least one field to change.",
  "validation.ids_or_all": "Send either the ids of the notifications to mark read, or all: true.",
  "validation.repeated_items": "Choose each item only once.",
  "validation.currency_unknown":
    "Enter a currency as its three-letter ISO 4217 code in capitals, such as EUR, USD or JPY.",
  "validation.id_repeated": "Another item of this list already has this id: give each its own.",
  "validation.target_equals_baseline":
    "The target must differ from the baseline, or there is nothing to aim for.",
  "validation.introduction_names_org":
    "An introduction names the organisation it introduces to, and only an introduction does.",
  "validation.decimal_digits":
    "Must be a whole number written in plain digits, such as 20: no spaces, sign, decimals or exponent.",
  "validation.days_only_for_suspension":
    "Only a suspension lasts a number of days: leave the days out for any other decision.",
  "validation.day_before_today": "Must be today ({today}) or later.",
  "validation.day_too_far_ahead":
    "A day is planned at most ten years ahead, {limit} at the latest: {dueDate} is later.",
  "validation.correction_unchanged":
    "This is the value already recorded: a correction proposes a different one.",
  "validation.offer_goal_title_repeated":
    "Another goal of this offer is already titled “{title}”: give each goal its own title.",
  "validation.reason_provider_only":
    "Only the provider recognises the client for this reason (fast feedback, clear briefs, on-time payment).",
  "validation.password_common":
    "This password is one of the most common ones and easy to guess. Choose another, for example a few unrelated words.",
  "validation.password_personal":
    "This password is made of your e-mail address or name. Choose one that others cannot guess from them.",

  "role.owner": "Owner",
  "role.member": "Member",
  "role.viewer": "Viewer",
  "orgKind.client": "Client",
  "orgKind.provider": "Provider",

  "clarity.goal_missing": "Say what you want to achieve: add at least one goal.",
  "clarity.success_measure_missing":
    "Say how success will be measured: add at least one success measure.",
  "clarity.success_measure_not_measurable":
    "This success measure names no number, so nobody can tell when it is met.",
  "clarity.skills_missing": "Choose the skills the work needs, so providers can be matched to it.",
  "clarity.budget_missing": "Give a budget range: providers need to know what resources you have.",
  "clarity.budget_inverted": "The budget's minimum is above its maximum.",
  "clarity.budget_range_wide":
    "The budget's maximum is more than {ratio, number} times its minimum: narrow it so proposals can fit.",
  "clarity.deadline_missing": "Give a deadline.",
  "clarity.deadline_passed": "The deadline has already passed.",
  "clarity.deadline_before_feasible_start":
    "The deadline leaves less than {days, plural, one {# day} other {# days}} after {start}: no provider can plan the work in that time.",
  "clarity.must_haves_contradict": "This must-have contradicts another one.",
  "clarity.must_have_also_nice_to_have":
    "This item is both a must-have and a nice-to-have: choose one.",
  "clarity.client_people_missing":
    "Name the people your side commits to the work: a partnership needs both sides.",
  "clarity.business_model_scope_missing":
    "Describe the business-model scope, so providers know what the work serves.",
  "clarity.preferred_language_missing": "Choose the languages you want to work in.",
  "clarity.earliest_start_passed":
    "The earliest start, {start}, has already passed (today is {today}): providers will plan from today.",
  "clarity.deadline_before_earliest_start":
    "The deadline, {deadline}, comes before the earliest start, {start}: no work fits between them.",

  "feasibility.deliverable_without_criteria":
    "This deliverable has no acceptance criterion: it cannot be evaluated objectively.",
  "feasibility.criterion_without_verification":
    "This criterion does not say how it will be verified.",
  "feasibility.over_budget": "The price, {total}, is over the brief's maximum budget of {budget}.",
  "feasibility.currency_differs":
    "The proposal is in {proposal} but the brief's budget is in {brief}.",
  "feasibility.later_than_deadline":
    "The last milestone, {lastDue}, is later than the brief's deadline, {deadline}.",
  "feasibility.milestone_in_past":
    "This milestone is due on {dueDate}, a day already past (today is {today}): give it a day to come.",
  "feasibility.starts_before_client_ready":
    "A milestone falls before the client can start, on {earliestStart}.",
  "feasibility.must_have_uncovered": "No deliverable covers the must-have “{mustHave}”.",
  "feasibility.uncapped_time_and_materials":
    "Time and materials without a cap leaves the total open.",
  "feasibility.milestone_paid_without_deliverable":
    "The milestone “{milestone}” asks for payment but no deliverable leads to it: it could never be accepted or invoiced.",
  "feasibility.valid_until_passed":
    "The offer is valid until {validUntil}, a day already past (today is {today}): it has lapsed. Give a day to come, or none.",

  "fairTerms.review_gag_clause":
    "This clause restricts or penalises honest reviews (detected in {language}: “{matched}”).",
  "fairTerms.review_gag_clause.reason":
    "Honest reviews protect both sides; gag and non-disparagement clauses against them are banned in several jurisdictions (e.g. the US Consumer Review Fairness Act) and never allowed on Accord.",
  "fairTerms.acceptance_criteria_missing": "No deliverable has an acceptance criterion.",
  "fairTerms.acceptance_criteria_missing.reason":
    "Work can only be evaluated objectively against criteria agreed beforehand.",
  "fairTerms.price_below_floor":
    "The effective rate, {rate} per hour, is below the provider's floor of {floor} per hour.",
  "fairTerms.price_below_floor.reason":
    "Demands that are not matched by remuneration end partnerships; the provider may waive its floor explicitly.",
  "fairTerms.deliverable_without_criteria": "This deliverable has no acceptance criterion.",
  "fairTerms.deliverable_without_criteria.reason":
    "Without criteria, acceptance depends on opinion rather than on what was agreed.",
  "fairTerms.criterion_without_verification":
    "This criterion does not say how it will be verified.",
  "fairTerms.criterion_without_verification.reason":
    "A criterion nobody can check invites disputes at evaluation time.",
  "fairTerms.payment_terms_over_limit": "Payment terms are longer than {days, number} days.",
  "fairTerms.payment_terms_over_limit.reason":
    "The EU Late Payment Directive (2011/7/EU) caps business payment terms at 60 days unless expressly agreed and not grossly unfair.",
  "fairTerms.review_window_missing": "No review window is set for evaluating submissions.",
  "fairTerms.review_window_missing.reason":
    "Without a review window, a submission can wait for an answer indefinitely.",
  "fairTerms.review_window_over_limit": "The review window is longer than {days, number} days.",
  "fairTerms.review_window_over_limit.reason":
    "A long review window delays acceptance and payment for work already delivered.",
  "fairTerms.revisions_unlimited": "This deliverable allows unlimited revisions.",
  "fairTerms.revisions_unlimited.reason":
    "Unlimited revisions turn new demands into unpaid work; further changes should be priced.",
  "fairTerms.notice_period_missing": "No notice period is set for ending the engagement.",
  "fairTerms.notice_period_missing.reason":
    "A notice period lets both sides part ways cleanly, with time for the hand-over.",
  "fairTerms.client_responsibilities_missing": "The client's responsibilities are empty.",
  "fairTerms.client_responsibilities_missing.reason":
    "A partnership has duties on both sides: what the client must provide, and by when.",
  "fairTerms.dispute_skips_amicable_steps":
    "The dispute clause does not start with negotiation followed by mediation.",
  "fairTerms.dispute_skips_amicable_steps.reason":
    "Amends and mediation settle most disagreements; lawsuits make only enemies.",
  "fairTerms.milestone_paid_without_deliverable":
    "The milestone “{milestone}” asks for payment but no deliverable leads to it: it could never be accepted or invoiced.",
  "fairTerms.milestone_paid_without_deliverable.reason":
    "A milestone is paid when its deliverables are accepted; money promised on a milestone without any is promised on nothing. Attach a deliverable to it or move the amount.",
  "fairTerms.pay_cut_without_scope_cut":
    "This amendment lowers the remuneration from {paidBefore} to {paidAfter} without cutting the scope in proportion: the same work for less.",
  "fairTerms.pay_cut_without_scope_cut.reason":
    "Demands not matched by remuneration end partnerships. The provider may accept a cut, but only knowingly: its owner acknowledges it when signing, and the engagement’s record keeps that acknowledgement.",
  "fairTerms.amendment_currency_changed":
    "This amendment names another currency than the agreement in force, {currency}: it cannot be signed. Write it in {currency}; to work in another currency, agree a new engagement.",
  "fairTerms.amendment_currency_changed.reason":
    "An engagement’s invoices, payments, refunds and final settlement add up in one currency, and any change of pay is measured in it.",
  "fairTerms.amendment_retainer_period_changed":
    "This amendment bills the retainer by another period than the agreement in force, {period, select, month {a month} other {a quarter}}: it cannot be signed. Keep the period (the fee may change); to bill by another period, agree a new engagement.",
  "fairTerms.amendment_retainer_period_changed.reason":
    "A retainer’s invoices and the final settlement count the fee per period: a month turned into a quarter would price the months already worked as thirds of a quarter.",

  "match.capability.covered":
    "Offers {covered, number} of the {required, plural, one {# skill} other {# skills}} the brief needs.",
  "match.trackRecord.history":
    "{completed, plural, =0 {No completed engagement yet} one {# completed engagement} other {# completed engagements}}; {returning, number} of {couldReturn, plural, one {# client} other {# clients}} came back.{tenure, select, none {} other { Tenure: {tenureDays, plural, one {# day} other {# days}} since its first engagement.}}",
  "match.trackRecord.new":
    "New: {completed, plural, =0 {no completed engagement yet} one {# completed engagement} other {# completed engagements}}, so no client could come back yet.{tenure, select, none {} other { Tenure: {tenureDays, plural, one {# day} other {# days}} since its first engagement.}}",
  "match.health.score":
    "Health score {score, number} out of 100 across its engagements, as both sides' records and ratings measure it.",
  "match.health.new":
    "New: too few engagements yet for a health score, so this counts neither for nor against it.",
  "match.language.any": "The brief names no preferred language.",
  "match.language.first_choice": "Works in your first-choice language ({language}).",
  "match.language.other_choice": "Works in one of your languages ({language}).",
  "match.language.none": "Works in none of your preferred languages.",
  "match.availability.in_time": "Available by your start date.",
  "match.availability.late":
    "Available {days, plural, one {# day} other {# days}} after your start date.",
  "match.price.within": "The day rate, {rate}, fits your budget over the time available.",
  "match.price.above":
    "The day rate, {rate}, is above what your budget pays over the time available.",
  "match.price.unknown": "No rate to compare with your budget.",
  "match.proposal.sent":
    "Already answered this brief: {status, select, submitted {its proposal awaits your answer} revision_requested {you asked it to revise its proposal} accepted {you accepted its proposal} declined {you declined its proposal} withdrawn {it withdrew its proposal} other {its proposal was not selected}}.",

  "agreementDoc.title": "Agreement: {title}",
  "agreementDoc.version":
    "Version {version} · {status, select, in_force {in force} superseded {superseded} other {draft}}",
  "agreementDoc.parties": "Between {client} (client) and {provider} (provider)",
  "agreementDoc.section.scope": "Scope",
  "agreementDoc.section.deliverables": "Deliverables and acceptance criteria",
  "agreementDoc.section.milestones": "Milestones",
  "agreementDoc.section.responsibilities": "Roles and responsibilities",
  "agreementDoc.section.methodology": "Methodology and cadence",
  "agreementDoc.section.remuneration": "Remuneration and payment terms",
  "agreementDoc.section.evaluation": "Evaluation, change and exit",
  "agreementDoc.section.clauses": "Additional clauses",
  "agreementDoc.section.signatures": "Signatures",
  "agreementDoc.criterion": "{statement} (verified by: {verification})",
  "agreementDoc.revisions":
    "{limit, select, unlimited {Revision rounds: unlimited} other {Revision rounds included: {limit}}}",
  "agreementDoc.milestone": "{title}: due {dueDate}, {amount}",
  "agreementDoc.clientResponsibilities": "The client provides",
  "agreementDoc.providerResponsibilities": "The provider provides",
  "agreementDoc.responsibility": "{what}{dueDate, select, none {} other { (by {dueDate})}}",
  "agreementDoc.cadence":
    "Check-in every {days, plural, one {day} other {# days}}{channels, select, none {} other { via {channels}}}.",
  "agreementDoc.responseTimes":
    "The client answers within {clientHours, number} h; the provider within {providerHours, number} h.",
  "agreementDoc.priceModel":
    "{model, select, fixed {Fixed price} retainer {Retainer} other {Time and materials}}: {amount}",
  "agreementDoc.rate": "Rate: {rate} per {unit, select, hour {hour} other {day}}",
  "agreementDoc.effort":
    "Estimated effort: {unit, select, hour {{quantity, plural, one {# hour} other {# hours}}} other {{quantity, plural, one {# day} other {# days}}}}",
  "agreementDoc.paymentTerms":
    "Payment within {days, plural, one {# day} other {# days}} of invoice{interest, select, yes {, with statutory late-payment interest} other {}}.",
  "agreementDoc.changeControl":
    "{amendment, select, yes {Every change is priced and amends this agreement, signed by both sides.} other {Changes are priced and acknowledged by both sides.}}",
  "agreementDoc.reviewWindow":
    "{days, select, none {No review window.} other {The client evaluates each submission within {days, plural, one {# day} other {# days}}{deemed, select, yes {; silence means acceptance} other {}}.}}",
  "agreementDoc.notice":
    "{days, select, none {No notice period.} other {Notice period: {days, plural, one {# day} other {# days}}.}}",
  "agreementDoc.handOver": "Hand-over duties: {duties}",
  "agreementDoc.disputeLadder": "Disagreements follow, in order: {steps}.",
  "agreementDoc.disputeStep":
    "{step, select, negotiation {negotiation} amends {amends offer} mediation {mediation} separation {amicable separation} arbitration {arbitration} other {litigation}}",
  "agreementDoc.floorWaived": "The provider waives its floor rate for this agreement.",
  "agreementDoc.signature":
    "Signed for the {side, select, client {client} other {provider}} by {name} on {signedAt}.",
  "agreementDoc.unsigned":
    "Not yet signed by the {side, select, client {client} other {provider}}.",
  "agreementDoc.hash": "Text signed (SHA-256): {hash}",
  "agreementDoc.footer": "Issued by Accord on {date}. User-written content appears as written.",

  "mail.membership_invitation.subject": "{inviter} invites you to join {org} on Accord",
  "mail.membership_invitation.body":
    "Hello,\n\n{inviter} invites you to join {org} on Accord as {role, select, owner {an owner} member {a member} other {a viewer}}.\n\nTo accept, open this link: {link}\n\nThis invitation expires on {expiresAt, date, long}.\n\nAccord",
  "mail.engagement_invitation.subject": "{org} invites you to an engagement: {title}",
  "mail.engagement_invitation.body":
    "Hello,\n\n{inviter} of {org} ({kind, select, client {client} other {provider}}) invites your organisation to an engagement on Accord: “{title}”.\n\nTo accept it for one of your organisations, open this link: {link}\n\nThis invitation expires on {expiresAt, date, long}.\n\nAccord",
  "mail.proposal_not_selected.subject": "“{brief}”: {client} chose another proposal",
  "mail.proposal_not_selected.body":
    "Hello {name},\n\nThank you for the proposal {provider} sent for “{brief}”. {client} has chosen to work with another provider, so the brief is now closed and your proposal was not selected.\n\nWe know a good proposal takes time and care, and we are grateful for yours. It stays in your proposals for you to read: {link}\n\nWe hope to see you answer other briefs on Accord.\n\nAccord",

  "error.engagement_ended":
    "This engagement ended on {endedOn}: new goals, measured values, next-phase offers, change requests and amendments are closed. Reading, recognition, disputes, invoices and payments stay open.",
  "error.engagement_not_active": "This engagement is not active, so nothing can be added to it.",
  "error.webhook_inactive": "This webhook is switched off. Switch it on before sending to it.",
  "error.webhook_url_taken":
    "The organisation already sends its events to {url}: change that webhook instead.",
  "error.invoice_wrong_state":
    "This invoice {status, select, draft {is still a draft} issued {was already issued} partly_paid {was issued and is partly paid} paid {was issued and is paid} other {is void}}, so {action, select, edit {it cannot be edited} issue {it cannot be issued} void {it cannot be voided} other {no late interest can be invoiced on it}}.",
  "error.invoice_void_after_payment":
    "Money has already been paid on this invoice, so it cannot be voided: issue a credit note instead.",
  "error.invoice_void_after_credit_note":
    "This invoice has been corrected by a credit note: correct it further with another credit note rather than voiding it.",
  "error.invoice_payment_awaiting_answer":
    "A payment on this invoice is waiting for an answer: confirm or reject it before voiding the invoice.",
  "error.invoice_not_payable":
    "This invoice does not take payments: {status, select, draft {it has not been issued yet} void {it is void} paid {it is already paid} other {it is closed}}.",
  "error.invoice_not_creditable":
    "Only an issued invoice can be lowered by a credit note: not a draft, not a void invoice.",
  "error.invoice_source_already_invoiced":
    "{number, select, none {A draft invoice already covers this} other {Invoice {number} already covers this}}. Void it first to invoice it again.",
  "error.invoice_lines_invalid":
    "The invoice lines need your attention: {count, plural, one {# point} other {# points}}.",
  "error.invoice_lines_fixed_by_source":
    "The line of this invoice comes from the agreement; only manual invoices take lines typed in.",
  "error.invoice_total_zero": "An invoice must ask for more than nothing.",
  "error.issue_date_in_future": "An invoice cannot be dated in the future.",
  "error.issue_date_before_last_issued":
    "Your last invoice is dated {lastIssueDate}: numbers and dates run in the same order, so date this one on or after it.",
  "error.issue_date_before_due_basis":
    "This invoice cannot be dated before {earliest}: nothing was owed before {basis, select, milestone {the milestone was accepted} change_request {the change was approved} retainer {the retainer period began} late_interest {the day the interest is computed to} other {the agreement came into force}}, and invoices run in date order. Date it {earliest} or later.",
  "error.milestone_not_accepted":
    "This milestone is not accepted yet: it can be invoiced once all its deliverables are accepted.",
  "error.milestone_unknown": "This milestone is not in the agreement in force.",
  "error.milestone_amount_missing": "The agreement in force sets no amount for this milestone.",
  "error.change_request_not_approved": "Only an approved change request can be invoiced.",
  "error.not_a_retainer": "The agreement in force is not a retainer.",
  "error.retainer_amount_missing": "The agreement in force sets no retainer fee.",
  "error.retainer_period_invalid":
    "A retainer period starts on the first day of a {period, select, quarter {quarter (January, April, July or October)} other {month}}.",
  "error.payment_currency_mismatch":
    "This invoice is in {expected}: record the payment in {expected}, as it was invoiced.",
  "error.payment_exceeds_outstanding":
    "This is more than is still open on invoice {number}: at most {open} can be recorded.",
  "error.payment_already_decided":
    "This payment has already been {status, select, confirmed {confirmed} other {rejected}}.",
  "error.payment_same_side": "The other side confirms or rejects a payment your side recorded.",
  "error.idempotency_key_reused":
    "This Idempotency-Key was already used for a different payment. Use a new key for a new payment.",
  "error.credit_note_exceeds_outstanding":
    "A credit note lowers at most what the invoice charged less earlier credit notes; what of it was already paid is owed back as a refund: at most {open}.",
  "error.credit_note_exceeds_refundable":
    "A credit note beyond what is still open gives back money the client paid, and that money is already given back or owed back (by an earlier credit note, a refund agreed as amends or a refund paid back): at most {open} can still be credited on this invoice.",
  "creditNote.reason.amends": "Amends, dispute #{number}",
  "error.credit_note_repeated":
    "Credit note {number} already lowers this invoice by {amount} for this reason: it is not issued twice.",
  "error.refund_currency_mismatch":
    "This engagement is paid in {expected}: record the refund in {expected}, as the client paid.",
  "error.refund_exceeds_refundable":
    "This is more than can be paid back: the client’s confirmed payments, less refunds already recorded, leave at most {open}.",
  "error.refund_already_decided":
    "This refund has already been {status, select, confirmed {confirmed} other {rejected}}.",
  "error.refund_repeated":
    "A refund of {amount} paid back on {paidOn} with this reference is already recorded: it is not recorded twice.",
  "error.invoice_draft_repeated":
    "An invoice of the same lines ({total}), drafted on {draftedOn}, is still a draft: edit or issue that one.",
  "error.reference_rate_missing":
    "No reference rate for {currency} is known for the half-year starting {halfYearStart}, so late interest cannot be computed. An operator adds it with “accord rates set”.",
  "error.late_interest_nothing_to_claim":
    "There is no late interest left to invoice on this invoice.",
  "error.dispute_wrong_state":
    "Dispute #{number} {status, select, awaiting_response {awaits the other side’s answer to its opening} negotiating {is in negotiation between the sides} offer_pending {has an offer awaiting the other side’s answer} in_mediation {is in mediation and awaits the moderator’s recommendation} recommended {{action, select, accept_recommendation {has the moderator’s recommendation, which your side already accepted} other {has the moderator’s recommendation, awaiting each side’s answer}}} settled {was settled} separated {ended in amicable separation} other {was withdrawn}}, so {action, select, respond {it cannot be answered} offer {no offer can be made in it} accept_offer {no offer in it can be accepted} decline_offer {no offer in it can be declined} escalate {it cannot move on to the next step} recommend {no recommendation can be given in it} accept_recommendation {its recommendation cannot be accepted} other {it cannot be withdrawn}}.",
  "error.dispute_wrong_side": "That step belongs to the other side, or to the moderator.",
  "error.dispute_awaiting_answer":
    "The other side has not answered yet: they keep their right to answer before the dispute moves on.",
  "error.dispute_awaiting_mediator":
    "The moderator's recommendation is not in yet: once it is, you can accept it or move on; without one, the dispute moves on by itself when its time limit passes.",
  "error.dispute_window_passed":
    "The time to answer ended on {closedAt}: the dispute moves on to its next step, where you can still speak.",
  "error.dispute_ladder_ends": "The dispute is at the last step of the ladder.",
  "error.amends_invalid":
    "These amends cannot be offered as they are: {reason, select, amends_empty {choose at least one kind of amends} amends_repeated_kind {each kind can be offered once (two amounts of money are one larger amount)} amends_not_yours {this kind of amends is the other side’s to offer} amends_amount_invalid {an amount is a positive whole number of the currency’s smallest unit (cents)} amends_over_limit {the amount is more than the record allows, at most {limit} (a refund up to what the client paid less what is already owed or paid back to it, a credit note’s part beyond what is still open included, a credit note up to what its invoice charged less earlier credit notes)} amends_unknown_item {it names something this engagement does not have} amends_deadline_not_later {a new deadline must come after the current one, {dueDate}} amends_deadline_past {a new deadline cannot have passed already: choose {dueDate} or a later day} amends_deadline_too_far {a new deadline is at most ten years ahead: choose {dueDate} or an earlier day} amends_apology_blank {an apology needs words} amends_rework_accepted {re-work is offered only on a deliverable not yet accepted} other {check the items offered}}.",
  "error.exit_already_started": "Notice has already been given on this engagement.",
  "error.subject_already_reported":
    "This text already has a moderation case; follow it under Cases (and appeal its decision there if you disagree).",
  "error.review_already_hidden":
    "A moderator has already hidden this review, with the reason both sides see.",
  "dispute.subject_required":
    "Name the {kind, select, evaluation {deliverable or milestone} invoice {issued invoice} other {change request}} this dispute is about.",
  "dispute.subject_unknown":
    "This engagement has no such {kind, select, evaluation {deliverable or milestone} invoice {issued invoice} other {change request}}: name one of its own.",
  "error.dispute_already_open":
    "Dispute #{number} about this is still open: carry on there rather than opening another.",
  "error.exit_not_started":
    "Nobody has given notice on this engagement yet, so it has no exit. Either side can give notice (POST …/exit).",
  "error.exit_cure_period_too_short":
    "A breach notice gives the other side at least {days, plural, one {# day} other {# days}} to put the breach right (two weeks, or the agreed notice period when shorter), so amends come before parting ways.",
  "error.handover_wrong_side": "This hand-over item is the other side's to tick.",
  "error.handover_already_done": "This hand-over item is already done.",
  "exit.handover.access_removed": "Remove the provider's access to your systems",
  "exit.handover.credentials_rotated": "Rotate the credentials that were shared",
  "error.test_clock_disabled":
    "This instance has no test clock. Only a sandbox or demo started with ACCORD_TEST_CLOCK=true lets operators move its time.",
  "error.test_clock_operators_only": "Only platform operators may move the test clock.",
  "error.test_clock_advance_invalid":
    "Move the clock forward by days, hours or minutes, such as 15d, 36h or 90m: at most {maxDays, plural, one {# day} other {# days}} at once, and at most {maxYears, plural, one {# year} other {# years}} ahead of real time.",
  "error.payload_too_large": "The request is too large.",
  "error.unsupported_media_type": "This content type is not accepted here.",
  "error.check_in_closed": "This check-in is closed: the next one opens on the agreed cadence.",
  "error.check_in_already_answered": "Your side has already answered this check-in.",
  "error.check_ins_ended":
    "Check-ins have ended: every milestone of the agreement in force is accepted. The engagement's review round asks both sides how it went.",
  "error.review_occasion_unknown":
    "{kind, select, exit {There is nothing to review yet for this occasion: the exit has not completed.} engagement {{reason, select, milestones_open {There is nothing to review yet for this occasion: the engagement completes when all its milestones are accepted ({accepted} of {total} so far).} no_milestones {There is nothing to review yet for this occasion: the engagement completes when all its milestones are accepted, and its agreement in force names none; it is reviewed at its exit.} ended_by_exit {This engagement ended by its exit before all its milestones were accepted: it is reviewed at its exit, not as an occasion of its own.} other {There is nothing to review for this occasion: an engagement is reviewed once it has completed, with an empty reference.}}} other {{reason, select, unknown_milestone {There is nothing to review for this occasion: the agreement names no milestone “{ref}”.} other {There is nothing to review yet for this occasion: the milestone has not been accepted.}}}}",
  "error.review_window_closed": "The review window for this occasion has closed.",
  "error.review_already_submitted":
    "Your side has already reviewed this occasion. A submitted review is locked.",
  "error.review_reply_exists": "This review already has its one public reply.",
  "error.review_not_published": "You can reply once both reviews are published.",
  "error.screening_nudge":
    "{kind, select, legal_threat {Before you send this: it reads as a legal threat. Legal steps are your right; the text will be kept in the engagement's history. You can revise it, or send it as written.} other {Before you send this: Accord's policy does not allow threats to punish or suppress a review, or reviews used as leverage. You can revise your text, or send it as written; what you send is screened as usual.}}",
  "error.organisation_suspended":
    "{sanction, select, expulsion {Your organisation was expelled by a moderation decision: it can no longer start engagements, send proposals, or post or answer reviews. Engagements already under way go on to their exit.} suspension {Your organisation is suspended by a moderation decision until {until}: until then it cannot start engagements, send proposals, or post or answer reviews. Work already under way goes on.} other {Your organisation is suspended by a moderation decision until a moderator lifts it: until then it cannot start engagements, send proposals, or post or answer reviews. Work already under way goes on.}}",
  "error.case_wrong_state":
    "This moderation case {status, select, open {{action, select, respond {was already answered and awaits a moderator’s decision} other {is open and awaits a moderator’s decision}}} decided {was decided} appealed {was appealed and awaits the appeal’s decision} other {is closed: its appeal was decided}}, so {action, select, respond {the notice can no longer be answered} decide {it cannot be decided} appeal {it cannot be appealed} other {no appeal on it can be decided}}.",
  "error.response_window_closed":
    "The response window for this notice closed on {closedAt}: the answer can no longer be filed, and a moderator may now decide. Once the case is decided, either party may appeal once.",
  "error.response_window_open":
    "The accused organisation can still answer the notice; decide after the response window.",
  "error.appeal_same_moderator":
    "An appeal is decided by a moderator other than the one who decided the case.",
  "error.moderator_is_party":
    "You belong to one of the organisations in this case, so another moderator must decide it.",
  "error.appeal_already_used": "This case has already been appealed once.",
  "error.threat_needs_sanction":
    "A verified threat calls for a sanction: choose a warning, a suspension or an expulsion, or untick the threat.",
  "error.threat_needs_reported_review":
    "A verified threat is recorded only on a case opened by a report of a review or its reply.",
  "screening.policy.retaliation":
    "Accord's policy does not allow threats to punish or suppress a review. A moderator will look at this text; the review stays up, and your organisation will be notified and can answer.",
  "screening.policy.legal_threat":
    "This text reads as a legal threat and is kept in the engagement's history, where both sides can see it.",
  "screening.evidence":
    "{role, select, legalThreat {legal threat “{phrase}”} intimidation {intimidation “{phrase}”} sanction {sanction “{phrase}”} reviewLeverage {review used as leverage “{phrase}”} removalDemand {demand to remove or change the review “{phrase}”} reviewMention {review named “{phrase}”} sentAfterReview {sent after the recipient reviewed the sender} attachedToReview {attached to a review} other {“{phrase}”}}",
  "review.stars_invalid": "Rate each of these aspects from 1 to 5: {aspects}.",
  "review.stars_foreign":
    "Rate this side on these aspects only, each from 1 to 5: {aspects}. Not an aspect of this review: {foreign}.",
  "billing.invoice.invoice_currency_unknown": "“{currency}” is not an ISO 4217 currency.",
  "billing.invoice.invoice_lines_missing": "Add at least one line.",
  "billing.invoice.invoice_too_many_lines":
    "An invoice has at most {max, number} lines; this one has {count, number}.",
  "billing.invoice.invoice_amount_unsafe": "These amounts are too large to add up exactly.",
  "billing.invoice.invoice_amount_too_large":
    "One invoice may ask for at most {total}: an amount beyond that is a typing error, not an invoice.",
  "billing.invoice.invoice_exceeds_agreement":
    "This invoice asks for {rate} before tax, more than the {total} the agreement leaves to invoice. Check the amount before issuing it, or agree the extra work first.",
  "billing.invoice.line_description_missing": "Describe what this line invoices.",
  "billing.invoice.line_quantity_not_whole_thousandths":
    "Give the quantity with at most three decimals.",
  "billing.invoice.line_quantity_not_positive": "The quantity must be more than zero.",
  "billing.invoice.line_unit_price_not_whole_minor":
    "Give the unit price with no more decimals than the currency has (cents at most).",
  "billing.invoice.line_unit_price_negative":
    "A unit price cannot be negative: lower what is owed with a credit note instead.",
  "billing.invoice.line_tax_rate_out_of_range":
    "The tax rate is a percentage from 0 to {max, number, percent}.",
  "billing.reminders.reminder_offset_out_of_range":
    "A reminder falls between {min, number} and {max, number} days from the due date.",
  "billing.reminders.reminder_offset_duplicate": "This day is already in the schedule.",
  "billing.reminders.too_many_reminders": "At most {max, number} reminders per invoice.",
  "billing.lateInterest.late_interest_not_agreed":
    "The agreement this invoice was issued under does not provide for statutory late interest.",
  "billing.lateInterest.not_overdue": "Nothing is overdue on this invoice on this day.",
  "billing.lateInterest.recovery_compensation_unavailable":
    "No fixed recovery compensation is configured for this currency.",
  "billing.trend.remuneration_cut_without_scope_cut":
    "From {fromPeriod} to {toPeriod}, remuneration fell by {remunerationCut} while the agreed scope fell by {scopeCut}: the same work for less.",
  "billing.trend.discount_for_speed":
    "Paying {discount} less ({discountShare}) to be paid {daysSooner, plural, one {# day} other {# days}} sooner costs the provider the equivalent of {annualRate} a year.",
  "billing.source.change_request_unknown": "This change request is not one of this engagement's.",
  "billing.payment.paid_on_in_future":
    "A payment is recorded once it is made: {paidOn} has not come yet (today is {limit}).",
  "billing.payment.paid_on_before_engagement":
    "A payment of this engagement’s invoices is made on or after the day it began, {limit}: {paidOn} is before it.",
  "billing.refund.paid_on_in_future":
    "A refund is recorded once it is paid back: {paidOn} has not come yet (today is {limit}).",
  "billing.refund.paid_on_before_engagement":
    "A refund of this engagement is paid back on or after the day it began, {limit}: {paidOn} is before it.",
  "billing.retainer.period_before_engagement":
    "A retainer period of this engagement ends on or after the day its retainer came into force (by the agreement, or by the amendment that made the price a retainer), {limit}: the one starting {periodStart} ended before it.",
  "billing.retainer.period_too_far_ahead":
    "A retainer period is invoiced at most one period ahead, starting {limit} at the latest: {periodStart} is later.",
  "invoice.line.changeRequest": "Change request #{number}: {title}",
  "invoice.line.retainer": "Retainer, {start} – {end}",
  "invoice.line.lateInterest": "Late-payment interest on invoice {number}, until {asOf}",
  "invoice.line.recoveryCompensation": "Fixed recovery compensation on invoice {number}",
  "invoiceDoc.title":
    "{status, select, draft {Draft invoice} void {Invoice {number} (void)} other {Invoice {number}}}",
  "invoiceDoc.void": "Void: {reason}",
  "invoiceDoc.from": "From",
  "invoiceDoc.to": "To",
  "invoiceDoc.engagement": "Engagement: {title}",
  "invoiceDoc.issueDate": "Issue date: {date}",
  "invoiceDoc.dueDate":
    "Due date: {date} ({days, plural, one {# day} other {# days}} after the issue date)",
  "invoiceDoc.notIssued": "Not issued yet: no number, no dates.",
  "invoiceDoc.column.description": "Description",
  "invoiceDoc.column.quantity": "Quantity",
  "invoiceDoc.column.unitPrice": "Unit price",
  "invoiceDoc.column.tax": "Tax",
  "invoiceDoc.column.net": "Net",
  "invoiceDoc.subtotal": "Subtotal",
  "invoiceDoc.taxGroup": "Tax at {rate} on {net}",
  "invoiceDoc.total": "Total",
  "invoiceDoc.creditNote": "Credit note {number} of {date}: {reason}",
  "invoiceDoc.payment":
    "Payment of {date}{reference, select, none {} other { ({reference})}}, confirmed",
  "invoiceDoc.outstanding": "Still owed",
  "invoiceDoc.lateInterest":
    "After the due date, statutory late-payment interest (the reference rate plus 8 points) and a fixed recovery compensation apply.",
  "invoiceDoc.note": "Note",
  "invoiceDoc.footer": "Issued through Accord on {date}. Amounts in {currency}.",
  "mail.reminder.subject":
    "{timing, select, before {Invoice {number} is due in {days, plural, one {# day} other {# days}}} due_today {Invoice {number} is due today} other {Invoice {number} is {days, plural, one {# day} other {# days}} overdue}}",
  "mail.reminder.body":
    "Hello {name},\n\n{provider} reminds {org} that invoice {number} for “{engagement}” {timing, select, before {falls due on {dueDate}} due_today {falls due today, {dueDate}} other {fell due on {dueDate}}}. Still owed: {outstanding} of {total}.\n\n{hasRecordedPaid, select, yes {You recorded {recordedPaid} as paid: it awaits confirmation by {provider} and is not counted in what is still owed.\n\n} other {}}{hasRecordedReceived, select, yes {{provider} recorded {recordedReceived} as received: it awaits your confirmation and is not counted in what is still owed.\n\n} other {}}{lateInterest, select, yes {The agreement provides for statutory late-payment interest and a fixed recovery compensation once the due date has passed.\n\n} other {}}If you have already paid, record the payment so that {provider} can confirm it: {link}\n\nAccord",
  "messages.thread_unknown":
    "This thread names no deliverable or change request of this engagement.",
  "messages.message_unknown": "This message is not in the thread.",
  "webhooks.url_invalid":
    "Enter a full address such as https://example.com/hooks/accord, without a user name or password.",
  "webhooks.url_https_required":
    "Use an https:// address: webhooks carry engagement data and are only sent encrypted.",
  "webhooks.url_private_host":
    "This address points into a private network. Use a public https:// address.",
  "webhooks.url_unresolvable":
    "This host name does not resolve to an address. Check the spelling, or use a name that is public.",
  "mail.notification.deliverable.submitted":
    "{actor} handed in “{deliverable}” (round {round}) in “{engagement}”",
  "mail.notification.deliverable.review_due_soon":
    "The review window for “{deliverable}” (round {round}) in “{engagement}” ends within a day: unless it is evaluated, it will be accepted as agreed",
  "mail.notification.deliverable.evaluated":
    "{actor} evaluated “{deliverable}” in “{engagement}”: {outcome, select, accepted {accepted} other {changes requested}}",
  "mail.notification.deliverable.deemed_accepted":
    "“{deliverable}” in “{engagement}” is accepted: the review window passed without an evaluation",
  "mail.notification.milestone.accepted": "Milestone “{milestone}” of “{engagement}” is accepted",
  "mail.notification.change_request.proposed":
    "{actor} proposed change request #{number} in “{engagement}”: {title}",
  "mail.notification.change_request.priced":
    "{actor} priced change request #{number} in “{engagement}”: {title}",
  "mail.notification.change_request.declined":
    "{actor} declined change request #{number} in “{engagement}”: {title}",
  "mail.notification.change_request.withdrawn":
    "{actor} withdrew change request #{number} in “{engagement}”: {title}",
  "mail.notification.change_request.approved":
    "{actor} approved change request #{number} in “{engagement}”: {title}",
  "mail.notification.change_request.applied":
    "Change request #{number} is now part of the agreement of “{engagement}”: {title}",
  "mail.notification.message.posted": "{actor} wrote in “{engagement}”",
  "mail.notification.invoice.issued":
    "{actor} issued invoice {number} of {amount} in “{engagement}”",
  "mail.notification.invoice.voided": "{actor} voided invoice {number} in “{engagement}”",
  "mail.notification.payment.recorded":
    "{actor} recorded a payment of {amount} on invoice {number} in “{engagement}”: please confirm whether it arrived",
  "mail.notification.payment.confirmed":
    "{actor} confirmed the payment of {amount} on invoice {number} in “{engagement}”",
  "mail.notification.payment.rejected":
    "{actor} says the payment of {amount} on invoice {number} in “{engagement}” did not arrive",
  "mail.notification.credit_note.issued":
    "{actor} issued credit note {number} of {amount} on invoice {invoiceNumber} in “{engagement}”",
  "mail.notification.refund.recorded":
    "{actor} recorded a refund of {amount} in “{engagement}”: please confirm whether it arrived",
  "mail.notification.refund.confirmed":
    "{actor} confirmed the refund of {amount} arrived in “{engagement}”",
  "mail.notification.refund.rejected":
    "{actor} says the refund of {amount} in “{engagement}” did not arrive",
  "mail.notification.someone": "Someone",
  "mail.notification.body":
    "Hello {name},\n\n{summary}.\n\n{hasExcerpt, select, yes {“{excerpt}”\n\n} other {}}Open the engagement: {link}\n\nYou receive this e-mail as a member of {org}. Choose which e-mails you get in your settings: {settingsLink}\n\nAccord",
  "mail.notification.moderation.case_opened":
    "A moderation case was opened against {role, select, accused {your organisation, {accused},} other {{accused}}} in “{engagement}”: you may answer until {due}",
  "mail.notification.moderation.case_decided":
    "Moderators decided the case against {role, select, accused {your organisation, {accused},} other {{accused}}} in “{engagement}”: {decision, select, no_action {no action} warning {a warning} suspension {a suspension of {days, plural, one {# day} other {# days}}} other {expulsion}}",
  "mail.notification.moderation.appeal_decided":
    "The appeal in the case against {role, select, accused {your organisation, {accused},} other {{accused}}} in “{engagement}” was decided: {outcome, select, upheld {the decision stands} other {the decision is overturned}}",
  "mail.notification.case_body":
    "Hello {name},\n\n{summary}.\n\n{step, select, opened {Moderators read your organisation’s answer before they decide, and decide once it is in or the window has passed. Until then nothing is taken away.} other {The reason given: “{reason}”\n\n{step, select, decided {Either party may appeal once; a different moderator decides the appeal.} other {{outcome, select, upheld {The case is closed.} other {The case is closed and its sanction lifted.}}}}}}\n\nRead the case{step, select, opened { and answer it} other {}}: {link}\n\nYou receive this e-mail as a member of {org}. Choose which e-mails you get in your settings: {settingsLink}\n\nAccord",
  "mail.notification.ledger_head":
    "Ledger head: {hash}. To check later that nothing you were shown was rewritten: accord verify --file export.json --head {hash}",
  "mail.notification.gathered_subject":
    "{count, plural, one {# update} other {# updates}} in “{engagement}”",
  "mail.notification.gathered_body":
    "Hello {name},\n\nWhat happened in “{engagement}”:\n\n{items}\n\nOpen the engagement: {link}\n\nYou receive this e-mail as a member of {org}. Choose which e-mails you get in your settings: {settingsLink}\n\nAccord",
  "mail.notification.gathered_item":
    "- {summary}{hasExcerpt, select, yes {\n  “{excerpt}”} other {}}",
  // disputes
  "mail.notification.dispute.opened":
    "{actor} opened dispute #{number} in “{engagement}”: please answer it",
  "mail.notification.dispute.responded": "{actor} answered dispute #{number} in “{engagement}”",
  "mail.notification.dispute.offer_made":
    "{actor} offered amends in dispute #{number} in “{engagement}”",
  "mail.notification.dispute.offer_declined":
    "{actor} declined the offer in dispute #{number} in “{engagement}”",
  "mail.notification.dispute.settled": "Dispute #{number} in “{engagement}” is settled",
  "mail.notification.dispute.escalated":
    "Dispute #{number} in “{engagement}” moved to the next step of the ladder",
  "mail.notification.exit.notice_given": "{actor} gave notice in “{engagement}”: it ends on {date}",
  "mail.notification.exit.protected_started":
    "“{engagement}” moves to a protected exit: it ends on {date}",
  "mail.notification.exit.hand_over_item_done":
    "{actor} completed a hand-over item in “{engagement}”: {duty}",
  "error.exit_feedback_given": "Your side has already given its exit feedback.",
  "mail.notification.exit.ended_amicably":
    "“{engagement}” ended amicably: the settlement is paid and the hand-over complete",
  // growth
  "mail.notification.goal.correction_proposed":
    "{actor} proposes to correct a measured value in “{engagement}” from {from} to {to}: please confirm or dispute it",
  "mail.notification.goal.correction_answered":
    "{actor} {outcome, select, confirmed {confirmed the correction of a measured value in “{engagement}”: the corrected value counts} other {disputed the correction of a measured value in “{engagement}”: the recorded value stands; talk it through in the conversation}}",
  "mail.notification.relationship_review.opened":
    "“{engagement}” has gone quiet: both sides are invited to a short review of the relationship",
  "mail.notification.relationship_review.revealed":
    "Both sides answered the review of “{engagement}”: the answers are now visible to both",
  "mail.notification.check_in.opened":
    "A check-in on “{engagement}” is open until {closes}: say privately how the work is going (the other side never sees your answer)",
  "mail.notification.check_in.reminded":
    "Your side has not answered the check-in on “{engagement}” yet: it closes on {closes}",
  "mail.notification.next_phase.offered":
    "{actor} offers the next phase of “{engagement}”: {title}",
  "mail.notification.next_phase.answered":
    "{actor} {outcome, select, accepted {accepted} declined {declined} other {asked for a change to}} the next-phase offer “{title}” in “{engagement}”",
  "mail.notification.recognition.given":
    "{actor} recognised your work in “{engagement}” ({kind, select, kudos {kudos} introduction {an introduction} testimonial {a testimonial} other {a case study}})",
  "goal.trajectory.sentence": "{title}: {baseline} → {latest}, target {target}",
  "goal.trajectory.notMeasured": "{title}: from {baseline}, target {target}, nothing measured yet",
  "error.brief_measure_unknown": "The brief has no success measure with that number.",
  "error.goal_exists_for_measure": "This success measure is already a goal of the engagement.",
  "error.goal_title_taken": "The engagement already has a goal “{title}”: measure that one.",
  "error.goal_value_repeated":
    "“{goal}” already has the value {value, number} measured on {measuredOn}: it is recorded once. If it is wrong, propose a correction.",
  "error.measured_on_in_future": "A value can only be recorded for a day that has come.",
  "growth.measurement.measured_on_before_goal":
    "A value is measured from the day its goal was set, {limit}: {measuredOn} is before it.",
  "error.correction_pending": "A correction of this value is already waiting for an answer.",
  "error.correction_wrong_state":
    "This correction {status, select, confirmed {was already confirmed} disputed {was already disputed} other {awaits the other side’s answer}}, so it cannot be {action, select, confirmed {confirmed} other {disputed}}.",
  "error.correction_same_side": "The other side answers a correction your side proposed.",
  "growth.stagnation.reason.no_initiative":
    "Nothing new for {days} days: no new goal, amendment, accepted milestone, change request or offer (the line is {thresholdDays} days)",
  "growth.stagnation.reason.goals_flat":
    "{goalCount, plural, =0 {No goal moved 5% of the way to its target} one {The goal moved less than 5% of the way to its target} other {No goal moved 5% of the way to its target}} in {windowDays} days (best: {bestGainPercent, number}%)",
  "growth.stagnation.reason.ratings_not_rising":
    "{checkIns, plural, =0 {No check-in has closed yet: there are no ratings to compare} other {Both sides' check-in ratings have been flat or falling over the last # check-ins}}",
  "growth.stagnation.reason.only_recurring_invoices":
    "{invoiceCount, plural, =0 {No invoice in {windowDays} days} other {Only recurring invoices in {windowDays} days (#): the work bills the same and nothing new}}",
  "growth.stagnation.next.set_new_goal": "Agree on a new goal or a next step together",
  "growth.stagnation.next.discuss_goals":
    "Look at the goals together: what holds them back, and is the target still right?",
  "growth.stagnation.next.talk_in_review":
    "Say in the review what each side would like more or less of",
  "growth.stagnation.next.offer_next_phase":
    "The provider can offer a next phase with measurable goals",
  "error.review_already_answered": "Your side has already answered this review.",
  // web
  "error.unsubscribe_link_invalid":
    "This unsubscribe link is not valid: it was changed, or another Accord instance made it. Choose which e-mails you get in your settings.",
  "error.password_reset_invalid": "This link has expired or was already used. Ask for a new one.",
  "mail.password_reset.subject": "Set a new password for Accord",
  "mail.password_reset.body":
    "Hello {name},\n\nSomeone, we hope you, asked to set a new password for your Accord account. Choose it here: {link}\n\nThe link works once and for {minutes} minutes. If you did not ask, ignore this e-mail: your password stays as it is.\n\nAccord",
  "mail.password_changed.subject": "Your Accord password was changed",
  "mail.password_changed.body":
    "Hello {name},\n\nThe password of your Accord account was just changed, and every session was signed out. If this was not you, ask for a new password from the log-in page at once and tell your organisation's owner.\n\nAccord",
  // growth-web
  "error.offer_not_sendable":
    "The offer cannot be sent yet: {count, plural, one {# point blocks it} other {# points block it}}.",
  "error.offer_wrong_state":
    "This offer {status, select, accepted {was already accepted} declined {was declined} change_requested {was sent back for changes and awaits a new offer} superseded {was replaced by a newer offer} other {awaits the client’s answer}}, so it cannot be {action, select, accepted {accepted} declined {declined} other {sent back for changes}}.",
  "error.offer_justification_unknown":
    "An offer can only point to this engagement's own goals and reviews.",
  "error.offer_currency_differs":
    "The next phase is priced in {offer} but the agreement in {agreement}: price it in {agreement}.",
  "error.offer_repeated": "The offer “{title}” was already sent and waits for the client’s answer.",
  "error.recognition_wrong_state":
    "This recognition {status, select, awaiting_text_approval {awaits the approval of its text} awaiting_consent {awaits the recognised side’s consent} published {was already published} other {was declined or taken back}}, so {action, select, approve {it cannot be approved} decline {it cannot be declined} other {consent to it cannot be withdrawn}}.",
  "error.recognition_wrong_side": "The other side answers this step.",
  "error.recognition_subject_unknown":
    "Recognition can only name this engagement's own deliverables and goals.",
  "error.recognition_already_given":
    "Your side already gave this recognition{hasSubject, select, yes { for “{subject}”} other {}}: it waits for an answer or is shown already.",
  "mail.notification.recognition.requested":
    "{actor} asks you to approve {kind, select, testimonial {a testimonial} other {a case study}} about your work together in “{engagement}”",
  "mail.notification.recognition.answered":
    "{actor} {step, select, text_approved {approved the text of} text_declined {declined the text of} consent_granted {consented to publish} consent_declined {declined to publish} other {withdrew consent to}} {kind, select, kudos {kudos} introduction {an introduction} testimonial {a testimonial} other {a case study}} in “{engagement}”",
  // trust
  "screening.explanation.retaliation":
    "Retaliation: {threats}{conditions, select, none {} other {, under the condition {conditions}}}; link to a review: {links, select, none {the text itself} other {{links}}}.",
  "screening.explanation.legal_threat":
    "Legal threat: {threats}{conditions, select, none {} other {, under the condition {conditions}}}; no link to a review.",
  "screening.explanation.none": "No threat found.",
  // fin-disputes
  "error.review_hide_conflict_of_interest":
    "A moderator who belongs to the reviewing or the reviewed organisation cannot hide this review: another moderator decides.",
  "error.mediation_conflict_of_interest":
    "A moderator who belongs to either side's organisation cannot mediate its dispute.",
  "error.mediation_window_passed":
    "The time limit for the recommendation has passed: the dispute moves on to the next step.",
  "mail.notification.dispute.recommended":
    "The moderator gave a recommendation (not binding) in dispute #{number} in “{engagement}”: please read it",
  "mail.notification.dispute.recommendation_accepted":
    "{actor} accepted the moderator's recommendation in dispute #{number} in “{engagement}”",
  // h-audit
  "moderation.case.review_blind":
    "A screening finding on a review still blind to you: its text and phrases show once the round is published.",
  "error.counterpart_suspended":
    "{sanction, select, expulsion {The other organisation was expelled by a moderation decision: no new engagement can start with it.} suspension {The other organisation is suspended by a moderation decision until {until}: no new engagement can start with it before then.} other {The other organisation is suspended by a moderation decision: no new engagement can start with it for now.}}",
  // h-probe15: accord generate's refusals (the operator's language from LANG)
  "cli.generate.value_invalid":
    "{flag} takes a whole number {hasMax, select, yes {from {min} to {max}} other {of at least {min}}}, not “{value}”.",
  "cli.generate.value_missing":
    "{flag} needs a value: a whole number of at least {min}, such as {flag} {example}.",
  "cli.generate.database_not_empty":
    "The database already has people in it: accord generate fills an empty database only. Set ACCORD_DATABASE_URL to a new one.",
  // h-probe15: the CLI's words for a wrong environment (src/cli/operator-errors.ts)
  "cli.database_unreachable":
    "Accord cannot open the database {database}: {reason}. Check ACCORD_DATABASE_URL, and that the database is running and lets Accord in.",
  "cli.database_url_unsupported":
    "ACCORD_DATABASE_URL is {url}, which Accord cannot use: give sqlite:PATH (the default is sqlite:./data/accord.db) or postgres://USER:PASSWORD@HOST:PORT/DATABASE.",
  "cli.config_invalid": "The configuration in the environment is not valid: {problems}.",
  "cli.usage.unknown_option":
    "{option} is not an option of {command}: `{command} --help` lists them.",
  "cli.usage.unknown_command": "{command} has no command {name}: `{command} --help` lists them.",
  "cli.usage.missing_argument":
    "{command} needs its argument {name}: `{command} --help` says what it takes.",
  "cli.usage.option_value_missing":
    "{option} needs a value: `{command} --help` says what it takes.",
  "cli.usage.excess_arguments": "{command} takes fewer arguments: `{command} --help` says which.",
  // h-cli: what a command is given that it cannot use (src/cli/operator-errors.ts)
  "cli.file_unusable":
    "Accord cannot {access, select, read {read} other {write}} {path}: {problem, select, missing {{access, select, read {it does not exist} other {its directory does not exist}}} directory {it is a directory} not_directory {a part of its path is not a directory} denied {permission denied} exists {a file is already there} full {the disk is full} read_only {the file system is read-only} other {{reason}}}.",
  "cli.port_unavailable":
    "Accord cannot listen on {address}: {problem, select, in_use {another process is using it} denied {this user may not use that port} other {{reason}}}. Stop that process, or choose another port with PORT (or another address with HOST).",
  "cli.engagement_not_found":
    "There is no engagement {id} in this database: `accord verify` lists each engagement's id.",
  "cli.backup.exists":
    "{path} already exists: accord backup writes a new file only and never overwrites one. Choose a new name, or move the old file away first.",
  "cli.backup.postgres":
    'This database is PostgreSQL: back it up with its own tools, e.g. pg_dump --format=custom --file=accord.dump "$ACCORD_DATABASE_URL" (docs/OPERATIONS.md).',
  "cli.verify.not_json":
    "{path} is not JSON, or it was cut short: it is not an Accord ledger export or engagement archive.",
  "cli.verify.not_an_export":
    "{path} is not an Accord ledger export or engagement archive: its field {field} is missing or not as Accord writes it.",
  "cli.verify.label.file": "{path} (engagement {id})",
  "cli.verify.label.engagement": "engagement {id}",
  "cli.verify.intact":
    "{label}: intact ({count, plural, one {# event} other {# events}}, head {head}…)",
  "cli.verify.empty":
    "{label}: BROKEN: no events (an engagement’s ledger starts with its creation)",
  "cli.verify.foreign":
    "{label}: BROKEN at event #{seq} ({id}): belongs to engagement {engagementId}",
  "cli.verify.broken":
    "{label}: BROKEN at event #{seq} ({id}): {reason, select, sequence_gap {sequence gap} previous_hash_mismatch {previous hash mismatch} other {hash mismatch}}",
  "cli.verify.head_witnessed": "{path}: head {head}… is event #{seq} of an intact chain",
  "cli.verify.head_not_witnessed":
    "{path}: head {head}… NOT WITNESSED: {reason, select, chain_broken {chain broken} other {head not in chain}}",
  "cli.seed_demo.database_not_empty":
    "The database already has people in it: the demo is seeded only into an empty database. Set ACCORD_DATABASE_URL to a new one to try the demo.",
  "cli.rates.currency_invalid": "{value} is not an ISO 4217 currency code, such as EUR.",
  "cli.rates.day_invalid": "{value} is not a day written YYYY-MM-DD.",
  "cli.rates.percent_invalid": "{value} is not a percentage such as 2.15.",
  "cli.rates.amount_invalid":
    "{value} is not an amount in {currency}: write it in major units, such as 40 or 40.00.",
  "health.improve.pay_invoice":
    "pay {number}, {days, plural, one {# day} other {# days}} overdue: +{gain}",
  "health.improve.settle_change_request":
    "price and decide change request #{number} “{title}”: +{gain}",
  "health.improve.evaluate_submission":
    "evaluate “{deliverable}”, waiting for {days, plural, one {# business day} other {# business days}}: +{gain}",
  "health.improve.deliver_milestone":
    "deliver “{title}”, {days, plural, one {# day} other {# days}} late: +{gain}",
  "health.improve.answer_thread": "answer the conversation waiting for you: +{gain}",
  "health.warning.overdue_invoice":
    "Invoice {number} is {days, plural, one {# day} other {# days}} overdue.",
  "health.warning.payment_terms":
    "Payment terms of {days} days exceed {limit} days without being expressly agreed.",
  "health.warning.unpriced_changes":
    "Unpriced demands come to {percent}% of the agreed scope ({count, plural, one {# demand} other {# demands}}).",
  "health.warning.pay_cut_without_scope_cut": "The pay was cut while the scope stayed the same.",
  "health.warning.evaluation_pending":
    "“{deliverable}” has waited {businessDays, plural, one {# business day} other {# business days}} for its evaluation.",
  "health.warning.evaluation_deemed":
    "“{deliverable}” was deemed accepted after {businessDays, plural, one {# business day} other {# business days}} without an evaluation.",
  "health.warning.provider_late":
    "Over the last 60 days: {milestonesOnTime} of {milestonesDue} milestones on time, {repliesOnTime} of {replies} replies within the agreed time.",
  "health.warning.low_private_rating":
    "{count, plural, one {# private rating} other {# private ratings}} of 6 or less in the last 90 days, from {fromSide, select, client {the client} provider {the provider} other {both sides}}.",
  "health.warning.dispute_unanswered":
    "A dispute has waited {businessDays, plural, one {# business day} other {# business days}} for an answer.",
  "health.next.pay_invoice": "Pay the invoice, or say what stands in the way",
  "health.next.agree_payment_terms": "Agree payment terms of 60 days or less in an amendment",
  "health.next.price_changes": "Price the added work in a change request",
  "health.next.restore_pay_or_cut_scope": "Restore the pay, or cut the scope in proportion",
  "health.next.evaluate_submission": "Evaluate the deliverable against its criteria",
  "health.next.catch_up_delivery": "Deliver the late milestones and answer waiting messages",
  "health.next.talk_it_through": "Talk it through with the other side",
  "health.next.answer_dispute": "Answer the dispute",
  "health.next.evaluate_in_time": "Evaluate each round within its review window from now on",
  "health.next.take_part_in_mediation":
    "Take part in the mediation: read the moderator's recommendation, then accept it or move on",
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
