import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type { OnboardingStep } from "../../../../domain/onboarding/onboarding";
import type { AppMessageKey } from "../../../shared/i18n/messages";
import { useOnboarding } from "../api/get-onboarding";

interface StepView {
  title: AppMessageKey;
  body: AppMessageKey;
  action: AppMessageKey;
  to: string;
}

const STEP_VIEWS: Record<OnboardingStep, StepView> = {
  write_brief: {
    title: "onboarding.step.writeBrief.title",
    body: "onboarding.step.writeBrief.body",
    action: "onboarding.action.writeBrief",
    to: "/briefs/new",
  },
  review_matches: {
    title: "onboarding.step.reviewMatches.title",
    body: "onboarding.step.reviewMatches.body",
    action: "onboarding.action.openBriefs",
    to: "/briefs",
  },
  accept_proposal: {
    title: "onboarding.step.acceptProposal.title",
    body: "onboarding.step.acceptProposal.body",
    action: "onboarding.action.openBriefs",
    to: "/briefs",
  },
  sign: {
    title: "onboarding.step.sign.title",
    body: "onboarding.step.sign.body",
    action: "onboarding.action.openEngagements",
    to: "/engagements",
  },
  profile: {
    title: "onboarding.step.profile.title",
    body: "onboarding.step.profile.body",
    action: "onboarding.action.profile",
    to: "/profile",
  },
  rates_and_floor: {
    title: "onboarding.step.rates.title",
    body: "onboarding.step.rates.body",
    action: "onboarding.action.rates",
    to: "/profile",
  },
  answer_invitations: {
    title: "onboarding.step.answer.title",
    body: "onboarding.step.answer.body",
    action: "onboarding.action.seeBriefs",
    to: "/briefs",
  },
};

/**
 * A new organisation's first steps on the home page, ticked from real data, the next one
 * with a button. Shown until every step is done; a failed load shows nothing rather than
 * pushing the waiting list down with an error.
 */
export function OnboardingChecklist({ orgId }: { orgId: string }) {
  const onboarding = useOnboarding(orgId);
  if (!onboarding.data || onboarding.data.isComplete) return null;
  const { steps } = onboarding.data;
  const next = steps.find((step) => !step.isDone)?.step;
  const doneCount = steps.filter((step) => step.isDone).length;
  return (
    <section className="card stack onboarding" aria-labelledby="onboarding-title">
      <div>
        <h2 id="onboarding-title">
          <FormattedMessage id="onboarding.title" />
        </h2>
        <p className="muted">
          <FormattedMessage
            id="onboarding.progress"
            values={{ done: doneCount, total: steps.length }}
          />
        </p>
      </div>
      <ol className="onboarding-steps">
        {steps.map(({ step, isDone }) => {
          const view = STEP_VIEWS[step];
          return (
            <li
              key={step}
              className={isDone ? "onboarding-step is-done" : "onboarding-step"}
              aria-current={step === next ? "step" : undefined}
            >
              <span className="onboarding-mark" aria-hidden="true">
                {isDone ? "✓" : ""}
              </span>
              <div className="stack-sm">
                <strong>
                  <FormattedMessage id={view.title} />
                </strong>
                <span className="visually-hidden">
                  <FormattedMessage id={isDone ? "onboarding.done" : "onboarding.notDone"} />
                </span>
                {isDone ? null : (
                  <p className="muted">
                    <FormattedMessage id={view.body} />
                  </p>
                )}
                {step === next ? (
                  <Link to={view.to} className="button-link align-start">
                    <FormattedMessage id={view.action} />
                  </Link>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
