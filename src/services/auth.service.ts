import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Executor } from '../db/database.ts';
import { unitRepository, type UnitRow } from '../db/repositories/unit.repository.ts';
import { userRepository } from '../db/repositories/user.repository.ts';
import type { Role } from '../db/schema/index.ts';
import type { Actor } from './actor.ts';
import { totpService } from './totp.service.ts';
import { InvalidCredentialsError, UnauthenticatedError } from './errors.ts';

const SESSION_HOURS = 12;
// A fixed hash to verify against when the user does not exist, so timing does not reveal user names.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c2hhbmdzdWlkdW1teQ$2Q2ghm0Rk9dAsx7bQ2X1e3GbiV0zGzz2a1l8Z0ZVQ2s';

export interface CurrentUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly unit: { readonly id: string; readonly name: string; readonly kind: UnitRow['kind'] };
  readonly roles: readonly Role[];
  /** Only a password change is allowed until this is false (issue 10.5). */
  readonly mustChangePassword?: boolean;
  /** The account signs in with a second factor (TOTP). */
  readonly totpEnabled?: boolean;
}

/** The demo accounts' shared password, printed in the README: never a real one. */
export const DEMO_PASSWORD = 'Demo@2026';

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export const hashPassword = (password: string): Promise<string> => hash(password); // argon2id by default

export async function login(
  db: Executor,
  username: string,
  password: string,
  /** Demo mode: the demo accounts' published password is accepted as is. */
  demoMode = true,
  /** The second factor's current code, for accounts that turned it on. */
  totp?: string,
): Promise<{ token: string; user: CurrentUser; expiresAt: Date }> {
  const user = await userRepository.byUsername(db, username);
  const ok = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
  if (!user || !ok || !user.active) throw new InvalidCredentialsError();
  await totpService.check(db, user, totp);
  const unit = await unitRepository.get(db, user.unitId);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await userRepository.deleteExpiredSessions(db, new Date());
  const mustChangePassword = user.mustChangePassword || (!demoMode && password === DEMO_PASSWORD);
  await userRepository.createSession(db, tokenHash(token), user.id, expiresAt, mustChangePassword);
  return {
    token,
    expiresAt,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      unit: { id: unit!.id, name: unit!.name, kind: unit!.kind },
      roles: user.roles,
      mustChangePassword,
      totpEnabled: user.totpEnabledAt !== null,
    },
  };
}

export async function logout(db: Executor, token: string): Promise<void> {
  await userRepository.deleteSession(db, tokenHash(token));
}

export async function authenticate(
  db: Executor,
  token: string | undefined,
): Promise<{ actor: Actor; user: CurrentUser }> {
  if (!token) throw new UnauthenticatedError();
  const row = await userRepository.bySession(db, tokenHash(token), new Date());
  if (!row) throw new UnauthenticatedError();
  const { user, unit, mustChangePassword } = row;
  return {
    actor: {
      userId: user.id,
      name: user.displayName,
      unitId: unit.id,
      unitPath: unit.path,
      roles: user.roles,
    },
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      unit: { id: unit.id, name: unit.name, kind: unit.kind },
      roles: user.roles,
      mustChangePassword,
      totpEnabled: user.totpEnabledAt !== null,
    },
  };
}
