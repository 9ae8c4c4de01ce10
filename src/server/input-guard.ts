import type { FastifyInstance } from 'fastify';
import { findInvalidText } from '../domain/validation/text-check.ts';
import { InvalidTextError } from '../services/errors.ts';
import { fieldLabel } from './field-labels.ts';

/**
 * Every text a request carries — JSON body, query string, path — is refused whole when it holds NUL
 * or an unpaired surrogate (the login too): no database stores them, so a write would fail half-way.
 */
export function guardInputText(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    for (const value of [req.params, req.query, req.body]) {
      const path = findInvalidText(value);
      if (path !== null) throw new InvalidTextError(path, fieldLabel(path));
    }
  });
}
