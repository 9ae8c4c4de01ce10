import type { FastifyInstance } from 'fastify';
import { findInvalidText } from '../domain/validation/text-check.ts';
import { InvalidTextError } from '../services/errors.ts';
import { fieldLabel } from './field-labels.ts';

const BAD_ENCODING = '含有无效的字符编码（不是有效的 UTF-8），请重新输入';

/**
 * The first query parameter whose percent-encoding is not valid UTF-8 (`%ED%A0%80`, `%C0%AF`, a lone `%`):
 * the query parser would turn it into U+FFFD and the search would run on text nobody typed.
 */
function malformedQueryField(url: string): string | null {
  const at = url.indexOf('?');
  if (at < 0) return null;
  for (const part of url.slice(at + 1).split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    for (const text of eq < 0 ? [key] : [key, part.slice(eq + 1)]) {
      try {
        decodeURIComponent(text.replace(/\+/g, ' '));
      } catch {
        return /^[\w.-]{1,64}$/.test(key) ? key : 'query';
      }
    }
  }
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * JSON bodies are read as bytes and decoded strictly: a body that is not valid UTF-8 (raw `ED A0 80`, a
 * GBK body sent as JSON) is refused instead of stored with U+FFFD in place of what was typed.
 */
export function strictJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      done(new InvalidTextError('body', '请求内容', BAD_ENCODING), undefined);
      return;
    }
    void parse(req, text, done);
  });
}

/**
 * Every text a request carries — JSON body, query string, path — is refused whole when it holds NUL
 * or an unpaired surrogate (the login too): no database stores them, so a write would fail half-way.
 */
export function guardInputText(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const malformed = malformedQueryField(req.url);
    if (malformed !== null)
      throw new InvalidTextError(
        malformed,
        malformed === 'query' ? '查询参数' : fieldLabel(malformed),
        BAD_ENCODING,
      );
    for (const value of [req.params, req.query, req.body]) {
      const path = findInvalidText(value);
      if (path !== null) throw new InvalidTextError(path, fieldLabel(path));
    }
  });
}
