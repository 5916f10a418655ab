/** The one way the server learns the time, so tests can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told to move; for tests and the demo seed. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date): void {
    this.current = new Date(to);
  }
  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}

/** Today's date in UTC (YYYY-MM-DD), the day the domain's date rules reason about. */
export function todayOf(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}
