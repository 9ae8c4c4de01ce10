// Issue 10.5: an optional second factor for officers (meant for administrators): a TOTP code (RFC 6238,
// SHA-1, 6 digits, 30 s — what every phone authenticator reads from the QR code), each code good once.
import { verify } from '@node-rs/argon2';
import { Secret, TOTP } from 'otpauth';
import type { Database, Executor } from '../db/database.ts';
import { userRepository, type UserRow } from '../db/repositories/user.repository.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import {
  ConflictError,
  InvalidTotpError,
  TotpRequiredError,
  UnauthenticatedError,
  ValidationFailedError,
} from './errors.ts';

const ISSUER = '双随平台';
const PERIOD = 30;

const totpOf = (username: string, secret: string) =>
  new TOTP({ issuer: ISSUER, label: username, secret: Secret.fromBase32(secret), period: PERIOD });

/** The step the code belongs to (now, or one step either side for a phone clock a little off). */
function stepOf(username: string, secret: string, code: string, now: number): number | null {
  const delta = totpOf(username, secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

const badCode = () =>
  new ValidationFailedError([
    { field: 'totp', code: 'invalid-totp', message: '动态验证码不正确，请输入验证器上当前显示的 6 位数字' },
  ]);

async function userOf(db: Executor, actor: Actor): Promise<UserRow> {
  const user = actor.userId ? await userRepository.byId(db, actor.userId) : undefined;
  if (!user) throw new UnauthenticatedError();
  return user;
}

export const totpService = {
  /** A new secret for the officer's authenticator; it counts only after `enable` confirms a code. */
  async start(db: Database, actor: Actor): Promise<{ secret: string; uri: string }> {
    const user = await userOf(db, actor);
    if (user.totpEnabledAt)
      throw new ConflictError('totp-enabled', '两步验证已开启；如需更换验证器，请先关闭');
    const secret = new Secret({ size: 20 }).base32;
    await userRepository.setTotp(db, user.id, { secret, enabledAt: null, lastStep: null });
    return { secret, uri: totpOf(user.username, secret).toString() };
  },

  async enable(db: Database, actor: Actor, code: string, now = Date.now()): Promise<void> {
    const user = await userOf(db, actor);
    if (user.totpEnabledAt) throw new ConflictError('totp-enabled', '两步验证已开启');
    if (!user.totpSecret) throw new ConflictError('totp-not-started', '请先生成验证器二维码');
    const step = stepOf(user.username, user.totpSecret, code, now);
    if (step === null) throw badCode();
    await db.transaction(async (tx) => {
      await userRepository.setTotp(tx, user.id, {
        secret: user.totpSecret,
        enabledAt: new Date(now),
        lastStep: step,
      });
      await recordAudit(tx, actor, 'user.totp-enable', { type: 'user', id: user.id }, { userId: user.id });
    });
  },

  /** Turning it off needs both factors, so a session left open is not enough. */
  async disable(db: Database, actor: Actor, password: string, code: string, now = Date.now()): Promise<void> {
    const user = await userOf(db, actor);
    if (!user.totpEnabledAt || !user.totpSecret)
      throw new ConflictError('totp-not-enabled', '两步验证未开启');
    if (!(await verify(user.passwordHash, password).catch(() => false)))
      throw new ValidationFailedError([
        { field: 'password', code: 'invalid-credentials', message: '密码错误' },
      ]);
    const step = stepOf(user.username, user.totpSecret, code, now);
    if (step === null || !(await userRepository.useTotpStep(db, user.id, step))) throw badCode();
    await db.transaction(async (tx) => {
      await userRepository.setTotp(tx, user.id, { secret: null, enabledAt: null, lastStep: null });
      await recordAudit(tx, actor, 'user.totp-disable', { type: 'user', id: user.id }, { userId: user.id });
    });
  },

  /** At sign-in, after the password: the current code, used once. */
  async check(db: Executor, user: UserRow, code: string | undefined, now = Date.now()): Promise<void> {
    if (!user.totpEnabledAt || !user.totpSecret) return;
    if (!code) throw new TotpRequiredError();
    const step = stepOf(user.username, user.totpSecret, code, now);
    if (step === null || !(await userRepository.useTotpStep(db, user.id, step))) throw new InvalidTotpError();
  },
};
