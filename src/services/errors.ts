import type { FieldProblem } from '../domain/field-problem.ts';

/** Named domain errors; src/server/error-handler.ts maps their codes to HTTP statuses in one place. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('not-found', `${what}不存在或不在本单位管辖范围内`, { id });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = '无权执行此操作') {
    super('forbidden', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(code = 'unauthenticated', message = '请先登录') {
    super(code, message);
  }
}

/** The password was right and the account has a second factor: the sign-in needs its current code. */
export class TotpRequiredError extends UnauthenticatedError {
  constructor() {
    super('totp-required', '此账号已开启两步验证，请输入手机验证器上的 6 位动态验证码');
  }
}

export class InvalidTotpError extends UnauthenticatedError {
  constructor() {
    super('invalid-totp', '动态验证码错误或已使用过，请等验证器显示下一个验证码后再输入');
  }
}

/** Signed in with the demo accounts' published password outside demo mode (issue 10.5). */
export class PasswordChangeRequiredError extends ForbiddenError {
  constructor() {
    super('请先修改密码：此账号仍在使用公开的演示密码或管理员设置的初始密码');
    Object.defineProperty(this, 'code', { value: 'password-change-required' });
  }
}

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('invalid-credentials', '用户名或密码错误');
  }
}

export type { FieldProblem };

export class ValidationFailedError extends DomainError {
  constructor(readonly problems: readonly FieldProblem[]) {
    super('validation-failed', problems.map((p) => p.message).join('；') || '输入有误', problems);
  }
}

/** A request that contradicts the current state (published version, duplicate code …). */
export class ConflictError extends DomainError {}

/** The uploaded file cannot be read as a spreadsheet at all. */
export class UnreadableFileError extends DomainError {}

/** Text holding NUL or an unpaired surrogate: no database can store it, so the request is refused whole. */
export class InvalidTextError extends DomainError {
  constructor(field: string, label: string, problem = '含有空字符或不成对的代理字符，请删除后重试') {
    super('invalid-text', `“${label}”${problem}`, { field });
  }
}

/** The database does not answer (stopped, restarting, unreachable); the request may be retried. */
export class DatabaseUnavailableError extends DomainError {
  constructor() {
    super(
      'database-unavailable',
      '数据库暂时无法连接，请稍后重试；若持续出现，请联系系统管理员检查数据库服务',
    );
  }
}
