// Issue 10: wrong passwords are limited per account and per address, so a password cannot be guessed
// by trying (250 in a row used to be allowed). In memory, per process: a restart forgets the counts.
import { DomainError } from './errors.ts';

export const ACCOUNT_FAILURES = 5;
export const ADDRESS_FAILURES = 20;
export const WINDOW_MS = 15 * 60_000;

export class TooManyAttemptsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'too-many-attempts',
      `登录失败次数过多，请于 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试；如忘记密码请联系系统管理员`,
      { retryAfterSeconds },
    );
  }
}

interface Failures {
  count: number;
  first: number;
}

export class LoginThrottle {
  private readonly accounts = new Map<string, Failures>();
  private readonly addresses = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Throws while the account or the address has failed too often within the window. */
  check(username: string, address: string): void {
    const wait = Math.max(
      this.waitFor(this.accounts, username.toLowerCase(), ACCOUNT_FAILURES),
      this.waitFor(this.addresses, address, ADDRESS_FAILURES),
    );
    if (wait > 0) throw new TooManyAttemptsError(Math.ceil(wait / 1000));
  }

  failed(username: string, address: string): void {
    this.bump(this.accounts, username.toLowerCase());
    this.bump(this.addresses, address);
  }

  succeeded(username: string): void {
    this.accounts.delete(username.toLowerCase());
  }

  private waitFor(map: Map<string, Failures>, key: string, limit: number): number {
    const f = map.get(key);
    if (!f) return 0;
    const left = f.first + WINDOW_MS - this.now();
    if (left <= 0) {
      map.delete(key);
      return 0;
    }
    return f.count >= limit ? left : 0;
  }

  private bump(map: Map<string, Failures>, key: string): void {
    const f = map.get(key);
    if (!f || f.first + WINDOW_MS <= this.now()) map.set(key, { count: 1, first: this.now() });
    else f.count += 1;
    // Bounded memory under a spray of user names: forget the oldest.
    if (map.size > 100_000) map.delete(map.keys().next().value as string);
  }
}
