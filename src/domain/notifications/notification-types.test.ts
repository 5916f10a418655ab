import { describe, expect, it } from "vitest";
import { ENGAGEMENT_EVENT_TYPES } from "../engagement/engagement";
import {
  emailPreferences,
  eventsToMail,
  orgToldOf,
  isNotifiedType,
  NOTIFIED_EVENT_TYPES,
  notificationRecipients,
  notifiedOrgIds,
} from "./notification-types";

describe("notification recipients", () => {
  const members = [
    { userId: "clara", orgId: "client" },
    { userId: "carl", orgId: "client" },
    { userId: "pedro", orgId: "provider" },
    // Someone in both organisations is told once.
    { userId: "carl", orgId: "provider" },
  ];

  it("tells every member of both sides once, except the person who acted", () => {
    expect(notificationRecipients(members, "pedro").map((m) => m.userId)).toEqual([
      "clara",
      "carl",
    ]);
  });

  it("tells everyone of what the system did on its own", () => {
    expect(notificationRecipients(members, null).map((m) => m.userId)).toEqual([
      "clara",
      "carl",
      "pedro",
    ]);
  });
});

describe("notified types", () => {
  it("are all ledger event types", () => {
    for (const type of NOTIFIED_EVENT_TYPES) expect(ENGAGEMENT_EVENT_TYPES).toContain(type);
  });

  it("leave out agreement drafting, which both sides follow on the agreement itself", () => {
    expect(isNotifiedType("message.posted")).toBe(true);
    expect(isNotifiedType("agreement.draft_edited")).toBe(false);
  });
});

describe("e-mail preferences", () => {
  it("are on for every type until the person turns one off", () => {
    const preferences = emailPreferences([
      { type: "message.posted", isEmailEnabled: false },
      { type: "no.such_type", isEmailEnabled: false },
    ]);
    expect(preferences["message.posted"]).toBe(false);
    expect(preferences["deliverable.submitted"]).toBe(true);
    expect(Object.keys(preferences)).toEqual([...NOTIFIED_EVENT_TYPES]);
  });
});

describe("the organisations told of an event", () => {
  const sides = { client: "client", provider: "provider" };
  const both = ["client", "provider"];

  it("tells only the accused organisation of a moderation case's notice", () => {
    const opened = {
      type: "moderation.case_opened",
      payload: {
        caseId: "c1",
        source: "report",
        subjectKind: "review",
        subjectId: "r1",
        accusedOrgId: "provider",
        responseDueAt: "2026-12-10T00:00:00.000Z",
      },
    } as const;
    expect(notifiedOrgIds(opened, sides)).toEqual(["provider"]);
  });

  it("tells both sides of a case's decision and of everything else", () => {
    const decided = {
      type: "moderation.case_decided",
      payload: {
        caseId: "c1",
        accusedOrgId: "provider",
        decision: "warning",
        reason: "Insults.",
        suspensionDays: null,
      },
    } as const;
    expect(notifiedOrgIds(decided, sides)).toEqual(both);
    const posted = {
      type: "message.posted",
      payload: { messageId: "m1", threadKind: "engagement", threadId: "" },
    } as const;
    expect(notifiedOrgIds(posted, sides)).toEqual(both);
    const opened = {
      type: "check_in.opened",
      payload: { checkInId: "k1", period: 1, closesAt: "2026-12-10T00:00:00.000Z" },
    } as const;
    expect(notifiedOrgIds(opened, sides)).toEqual(both);
  });

  it("reminds of a check-in only the sides that have not answered it", () => {
    const reminded = (waitingSides: ("client" | "provider")[]) =>
      ({
        type: "check_in.reminded",
        payload: { checkInId: "k1", period: 1, waitingSides, closesAt: "2026-12-10T00:00:00.000Z" },
      }) as const;
    expect(notifiedOrgIds(reminded(["provider"]), sides)).toEqual(["provider"]);
    expect(notifiedOrgIds(reminded(["client"]), sides)).toEqual(["client"]);
    expect(notifiedOrgIds(reminded(["client", "provider"]), sides)).toEqual(both);
    expect(notifiedOrgIds(reminded([]), sides)).toEqual([]);
  });
});

describe("events to mail", () => {
  const both = ["client-org", "provider-org"];
  const events = [
    {
      type: "message.posted",
      actorUserId: "clara",
      occurredAt: "2026-11-22T09:00:00.000Z",
      toldOrgIds: both,
    },
    {
      type: "invoice.issued",
      actorUserId: "pedro",
      occurredAt: "2026-11-22T09:01:00.000Z",
      toldOrgIds: both,
    },
    {
      type: "message.posted",
      actorUserId: "pedro",
      occurredAt: "2026-11-22T09:02:00.000Z",
      toldOrgIds: both,
    },
    {
      type: "deliverable.deemed_accepted",
      actorUserId: null,
      occurredAt: "2026-11-22T09:03:00.000Z",
      toldOrgIds: both,
    },
  ];
  const clara = {
    userId: "clara",
    joinedAtByOrg: new Map([["client-org", "2026-01-01T00:00:00.000Z"]]),
    mutedTypes: new Set<string>(),
  };

  it("are what others and the system did, oldest first", () => {
    expect(eventsToMail(clara, events)).toEqual(events.slice(1));
  });

  it("leave out the types the person turned off, and what came before they joined", () => {
    const carl = { ...clara, userId: "carl", mutedTypes: new Set(["invoice.issued"]) };
    expect(eventsToMail(carl, events).map((e) => e.occurredAt.slice(14, 16))).toEqual([
      "00",
      "02",
      "03",
    ]);
    const pia = {
      ...carl,
      userId: "pia",
      joinedAtByOrg: new Map([["client-org", "2026-11-22T09:02:00.000Z"]]),
    };
    expect(eventsToMail(pia, events).map((e) => e.occurredAt.slice(14, 16))).toEqual(["02", "03"]);
  });

  it("leave out an event not told to the person's organisation (a reminder to the other side)", () => {
    const reminder = {
      type: "check_in.reminded",
      actorUserId: null,
      occurredAt: "2026-11-22T09:04:00.000Z",
      toldOrgIds: ["provider-org"],
    };
    expect(eventsToMail(clara, [...events, reminder])).toEqual(events.slice(1));
    const pedro = {
      ...clara,
      userId: "pedro",
      joinedAtByOrg: new Map([["provider-org", "2026-01-01T00:00:00.000Z"]]),
    };
    expect(eventsToMail(pedro, [...events, reminder])).toEqual([events[0], events[3], reminder]);
  });

  it("include an event told to either of a person's organisations, once, when they are on both sides", () => {
    const reminder = {
      type: "check_in.reminded",
      actorUserId: null,
      occurredAt: "2026-11-22T09:04:00.000Z",
      toldOrgIds: ["provider-org"],
    };
    const dana = {
      ...clara,
      userId: "dana",
      joinedAtByOrg: new Map([
        ["client-org", "2026-01-01T00:00:00.000Z"],
        ["provider-org", "2026-01-01T00:00:00.000Z"],
      ]),
    };
    expect(eventsToMail(dana, [...events, reminder])).toEqual([...events, reminder]);
    expect(orgToldOf(dana, reminder)).toBe("provider-org");
    expect(orgToldOf(dana, events[1]!)).toBe("client-org");
  });

  it("apply each organisation's own join date to what was told to it alone", () => {
    const earlierReminder = {
      type: "check_in.reminded",
      actorUserId: null,
      occurredAt: "2026-11-22T09:01:30.000Z",
      toldOrgIds: ["provider-org"],
    };
    const dana = {
      ...clara,
      userId: "dana",
      // In the client for long; in the provider from 09:02 only.
      joinedAtByOrg: new Map([
        ["client-org", "2026-01-01T00:00:00.000Z"],
        ["provider-org", "2026-11-22T09:02:00.000Z"],
      ]),
    };
    expect(eventsToMail(dana, [earlierReminder, ...events.slice(1)])).toEqual(events.slice(1));
    expect(orgToldOf(dana, earlierReminder)).toBeNull();
  });
});
