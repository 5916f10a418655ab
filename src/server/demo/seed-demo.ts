import { todayOf } from "../platform/clock";
import type { Role } from "../../contracts/common";
import type { Actor } from "../platform/actor";
import type { AppDeps } from "../platform/deps";
import type { Result } from "../platform/result";
import { joiningTransaction } from "../platform/transaction";
import { actorFromSession } from "../modules/auth/resolve-actor";
import { signUp } from "../modules/auth/sign-up";
import { setPlatformRole } from "../modules/auth/users.repository";
import { startEngagement } from "../modules/engagements/start-engagement";
import { acceptFoundInvitation } from "../modules/invitations/accept-invitation";
import { findPendingEngagementInvitation } from "../kernel/invitations.repository";
import { createOrganisation } from "../modules/orgs/create-organisation";
import { insertMembership } from "../modules/orgs/orgs.repository";
import { ensureDefaultTaxonomy } from "../modules/taxonomy/taxonomy";
import { seedDemoAgreements } from "./seed-demo-agreements";
import { seedDemoBilling } from "./seed-demo-billing";
import { seedDemoGrowth } from "./seed-demo-growth";
import { seedDemoHealth } from "./seed-demo-health";
import { seedDemoDisputes } from "./seed-demo-disputes";
import { seedDemoReviews } from "./seed-demo-reviews";

export const DEMO_PASSWORD = "accord-demo-2026";

export interface DemoLogin {
  email: string;
  name: string;
  description: string;
}

/** True when nobody has signed up yet: the only time the demo is seeded automatically. */
export async function isDatabaseEmpty(deps: AppDeps): Promise<boolean> {
  const row = await deps.db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`demo seed: ${what} failed with ${result.failure.code}`);
  return result.value;
}

/**
 * Seeds a small instance through the same use-cases people use, so every engagement has a
 * real ledger: two client and two provider organisations, a moderator, and engagements
 * between them in several states. All in one transaction: a process stopped mid-way leaves
 * an empty database, which the next start seeds again.
 */
export async function seedDemo(deps: AppDeps): Promise<DemoLogin[]> {
  deps.logger.info("seeding the demo instance");
  // Under a test clock, sign-up re-reads the clock's offset through the pool: inside the seed's
  // transaction that waits for the transaction's own connection (SQLite has one) for ever. The
  // offset is read once here; the seed runs on it, as it is over before anyone could move it.
  await deps.testClock?.refresh(true);
  // Every statement of the seed runs in its transaction, the session reads too: through a
  // shared connection (`sharedReads`) they would not see the sessions the seed just opened.
  return deps.db.transaction().execute((trx) => {
    const db = joiningTransaction(trx);
    return seedDemoWithin({ ...deps, db, sharedReads: db, testClock: null });
  });
}

async function seedDemoWithin(deps: AppDeps): Promise<DemoLogin[]> {
  await ensureDefaultTaxonomy(deps);
  const logins: DemoLogin[] = [];
  async function person(
    email: string,
    name: string,
    locale: string,
    description: string,
  ): Promise<Actor> {
    const session = unwrap(
      await signUp(deps, { email, name, password: DEMO_PASSWORD, locale: locale as "en" }, {}),
      `sign-up of ${email}`,
    );
    logins.push({ email, name, description });
    const actor = await actorFromSession(deps, session.sessionSecret);
    if (!actor) throw new Error("demo seed: new session unreadable");
    return actor;
  }
  const claire = await person(
    "claire@northwind.demo",
    "Claire Martin",
    "fr",
    "client owner, Northwind Trading",
  );
  const omar = await person(
    "omar@northwind.demo",
    "Omar Haddad",
    "en",
    "client viewer, Northwind Trading",
  );
  const dewi = await person("dewi@lumen.demo", "Dewi Lestari", "id", "client owner, Lumen Health");
  const jonas = await person(
    "jonas@atelierbleu.demo",
    "Jonas Weber",
    "de",
    "provider owner, Atelier Bleu",
  );
  const lucia = await person(
    "lucia@kode.demo",
    "Lucía García",
    "es",
    "provider owner, Kode Studio",
  );
  const moderator = await person(
    "moderator@accord.demo",
    "Sam Moderator",
    "en",
    "platform moderator",
  );
  await setPlatformRole(deps.db, moderator.userId, "moderator");

  const northwind = unwrap(
    await createOrganisation(deps, claire, { name: "Northwind Trading", kind: "client" }),
    "org",
  );
  const lumen = unwrap(
    await createOrganisation(deps, dewi, { name: "Lumen Health", kind: "client" }),
    "org",
  );
  const atelier = unwrap(
    await createOrganisation(deps, jonas, { name: "Atelier Bleu", kind: "provider" }),
    "org",
  );
  const kode = unwrap(
    await createOrganisation(deps, lucia, { name: "Kode Studio", kind: "provider" }),
    "org",
  );
  await addMember(deps, northwind.id, omar.userId, "viewer");

  const withOrg = (actor: Actor, org: { id: string; kind: "client" | "provider" }): Actor => ({
    ...actor,
    memberships: new Map<string, Role>([...actor.memberships, [org.id, "owner"]]),
    orgKinds: new Map([...actor.orgKinds, [org.id, org.kind]]),
  });
  const claireIn = withOrg(claire, northwind);
  const dewiIn = withOrg(dewi, lumen);
  const jonasIn = withOrg(jonas, atelier);
  const luciaIn = withOrg(lucia, kode);

  async function engage(
    from: Actor,
    fromOrg: string,
    to: Actor,
    toOrg: string | null,
    title: string,
    description: string,
  ) {
    const engagement = unwrap(
      await startEngagement(
        deps,
        from,
        { orgId: fromOrg, title, description, counterpartEmail: to.email },
        "en",
      ),
      "engagement",
    );
    if (toOrg) {
      const invitation = await findPendingEngagementInvitation(deps.db, engagement.id);
      if (!invitation) throw new Error("demo seed: invitation missing");
      unwrap(await acceptFoundInvitation(deps, to, invitation, toOrg), "acceptance");
    }
  }
  await engage(
    claireIn,
    northwind.id,
    jonasIn,
    atelier.id,
    "Brand refresh 2027",
    "New visual identity and brand guidelines for Northwind's retail line.",
  );
  await engage(
    luciaIn,
    kode.id,
    dewiIn,
    lumen.id,
    "Patient portal — phase 1",
    "Appointment booking and secure messaging for Lumen's clinics.",
  );
  await engage(
    claireIn,
    northwind.id,
    luciaIn,
    kode.id,
    "Warehouse dashboard",
    "Live stock levels across three warehouses.",
  );
  await engage(
    dewiIn,
    lumen.id,
    jonasIn,
    null,
    "Annual report design",
    "Layout and infographics for the 2026 annual report.",
  );
  await seedDemoAgreements(
    deps,
    {
      client: { actor: claireIn, orgId: northwind.id },
      secondClient: { actor: dewiIn, orgId: lumen.id },
      providers: [
        { actor: jonasIn, orgId: atelier.id },
        { actor: luciaIn, orgId: kode.id },
      ],
    },
    todayOf(deps.clock),
  );
  await seedDemoBilling(deps, {
    client: { actor: dewiIn, orgId: lumen.id },
    provider: { actor: jonasIn, orgId: atelier.id },
  });
  await seedDemoReviews(deps, {
    client: dewiIn,
    provider: jonasIn,
    moderator: { ...moderator, platformRole: "moderator" },
  });
  await seedDemoHealth(deps, {
    client: { actor: claireIn, orgId: northwind.id },
    secondClient: { actor: dewiIn, orgId: lumen.id },
    provider: { actor: luciaIn, orgId: kode.id },
  });
  await seedDemoGrowth(deps, { client: claireIn, secondClient: dewiIn, provider: luciaIn });
  await seedDemoDisputes(deps, { client: claireIn, secondClient: dewiIn, provider: luciaIn });
  return logins;
}

async function addMember(deps: AppDeps, orgId: string, userId: string, role: Role): Promise<void> {
  await insertMembership(deps.db, {
    orgId,
    userId,
    role,
    createdAt: deps.clock.now().toISOString(),
  });
}
