import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isConnectionLoss } from '../db/pg-error.ts';
import {
  DatabaseUnavailableError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationFailedError,
} from '../services/errors.ts';
import { clientError } from './client-errors.ts';
import { validationMessage } from './validation-message.ts';

/** The one place where errors become HTTP answers: `{ error: { code, message, details? } }`. */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  'validation-failed': 400,
  unauthenticated: 401,
  'invalid-credentials': 401,
  'too-many-attempts': 429,
  'export-too-large': 422,
  forbidden: 403,
  'not-found': 404,
  'file-too-large': 413,
  'bad-upload': 400,
  'invalid-text': 400,
  'not-a-spreadsheet': 415,
  'legacy-xls': 415,
  'empty-file': 400,
  'bad-encoding': 400,
  'missing-column': 400,
  'invalid-code': 401,
  'bad-signature': 400,
  'unknown-signing-key': 400,
  'signature-required': 400,
  'bad-public-key': 400,
  'witness-key-required': 400,
  'not-a-signer': 403,
  'attachment-too-large': 413,
  'attachment-type-mismatch': 415,
  'attachment-type-not-allowed': 415,
  'attachment-empty': 400,
  'attachment-not-base64': 400,
  'image-too-large': 413,
  'signed-in-future': 400,
  'attachment-kind-invalid': 400,
  'signature-kind-invalid': 400,
  'opinion-required': 400,
  'incompatible-roles': 400,
  'database-unavailable': 503,
  'personal-data-unreadable': 500,
};

export function statusOf(err: DomainError): number {
  if (err instanceof ValidationFailedError) return 400;
  if (err instanceof UnauthenticatedError) return 401;
  if (err instanceof ForbiddenError) return 403;
  if (err instanceof NotFoundError) return 404;
  return STATUS_BY_CODE[err.code] ?? 409;
}

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorHandler(err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  let status: number;
  let body: ErrorBody;
  // A lost database connection is the database's state, not a bug: 503, and the pool reconnects.
  if (isConnectionLoss(err)) err = new DatabaseUnavailableError();
  if (err instanceof DomainError) {
    status = statusOf(err);
    body = {
      error: {
        code: err.code,
        message: err.message,
        ...(err.details !== undefined && { details: err.details }),
      },
    };
  } else if ('validation' in err && err.validation) {
    status = 400;
    const { message, details } = validationMessage(err.validation, err.validationContext);
    body = { error: { code: 'validation-failed', message, details } };
  } else if ('statusCode' in err && typeof err.statusCode === 'number' && err.statusCode < 500) {
    status = err.statusCode;
    body = { error: clientError(err) };
  } else {
    request.log.error({ err }, 'unhandled error');
    status = 500;
    body = { error: { code: 'internal', message: '服务器内部错误，请稍后重试或联系管理员' } };
  }
  void reply.status(status).send(body);
}
