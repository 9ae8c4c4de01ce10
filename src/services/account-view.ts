import type { AccountRow } from '../db/repositories/account.repository.ts';
import { ValidationFailedError } from './errors.ts';
import { randomInt } from 'node:crypto';
import { passwordProblems } from './password.service.ts';

/** An account as the administrator sees it (no hash, no second-factor secret). */
export const accountView = (a: AccountRow) => ({
  id: a.id,
  username: a.username,
  displayName: a.displayName,
  unit: { id: a.unitId, name: a.unitName },
  roles: a.roles,
  active: a.active,
  mustChangePassword: a.mustChangePassword,
  totpEnabled: a.totpEnabledAt !== null,
  createdAt: a.createdAt.toISOString(),
});
export type AccountView = ReturnType<typeof accountView>;

export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;

export function checkUsername(username: string): void {
  if (!USERNAME_PATTERN.test(username))
    throw new ValidationFailedError([
      {
        field: 'username',
        code: 'username-invalid',
        message: '用户名须为 3–32 位小写字母、数字、点、下划线或连字符，并以字母开头',
      },
    ]);
}

export function checkPassword(username: string, password: string): void {
  const weak = passwordProblems(username, password);
  if (weak.length)
    throw new ValidationFailedError(weak.map((message) => ({ field: 'password', code: 'weak', message })));
}

// No look-alike characters (0/O, 1/l/I): the password is read off a screen and typed once.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A one-time password the administrator hands over; the policy holds by construction, checked anyway. */
export function generatePassword(username: string): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () =>
      Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    );
    const password = groups.join('-');
    if (passwordProblems(username, password).length === 0) return password;
  }
}
