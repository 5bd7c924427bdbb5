// Sign-in throttling: each failure against an account or from an address doubles the wait before the next
// attempt from it, after a few free tries (a person mistyping is not slowed). In memory: a restart forgives,
// which is fine for a single server; the waits grow faster than guessing can.

export interface ThrottleOptions {
  /** Failures allowed before any wait. */
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key not failing for this long is forgotten. */
  forgetAfterMs: number;
  now: () => number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  freeFailures: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 3_600_000,
  now: Date.now,
};

interface Entry {
  failures: number;
  /** Time of the last failure. */
  last: number;
  /** No attempt before this time. */
  until: number;
}

/** At most this many keys are remembered; the oldest go first (an address flood must not eat memory). */
const MAX_KEYS = 100_000;

export class SignInThrottle {
  private readonly o: ThrottleOptions;
  private readonly entries = new Map<string, Entry>();

  constructor(options: Partial<ThrottleOptions> = {}) {
    this.o = { ...DEFAULT_THROTTLE, ...options };
  }

  private live(key: string, now: number): Entry | undefined {
    const e = this.entries.get(key);
    if (e && now - e.last > this.o.forgetAfterMs) this.entries.delete(key);
    else return e;
  }

  /** Seconds to wait before any of these keys may try again; 0 when they may now. */
  retryAfter(keys: string[]): number {
    const now = this.o.now();
    const until = Math.max(0, ...keys.map((k) => this.live(k, now)?.until ?? 0));
    return until > now ? Math.ceil((until - now) / 1000) : 0;
  }

  failed(keys: string[]): void {
    const now = this.o.now();
    for (const k of keys) {
      const e = this.live(k, now) ?? { failures: 0, last: now, until: 0 };
      e.failures++;
      e.last = now;
      const over = e.failures - this.o.freeFailures;
      if (over > 0) e.until = now + Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** Math.min(over - 1, 30));
      this.entries.delete(k);
      this.entries.set(k, e);
    }
    while (this.entries.size > MAX_KEYS) this.entries.delete(this.entries.keys().next().value!);
  }

  /** A right password clears the account's count; the address keeps its own (it may be guessing other names). */
  succeeded(account: string): void {
    this.entries.delete(account);
  }
}

export const accountKey = (name: string) => `account:${name.toLowerCase()}`;
export const addressKey = (address: string | undefined) => `address:${address ?? 'unknown'}`;
