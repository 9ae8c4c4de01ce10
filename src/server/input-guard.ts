import type { FastifyInstance } from 'fastify';
import { findInvalidText, textProblem } from '../domain/validation/text-check.ts';
import { InvalidTextError, ValidationFailedError } from '../services/errors.ts';
import { fieldLabel } from './field-labels.ts';

const INVISIBLE_ONLY = '只含不可见字符（如零宽空格），请填写实际内容';
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

type QuerySchema = { properties?: Record<string, { type?: string; anyOf?: { type?: string }[] }> };

const numeric = (p: { type?: string; anyOf?: { type?: string }[] } | undefined) =>
  [p?.type, ...(p?.anyOf ?? []).map((a) => a.type)].some((t) => t === 'integer' || t === 'number');

/**
 * A number in the path or the query is written in decimal: the validator's coercion reads `0x10` as 16, `1e3` as
 * 1000 and ` 7 ` as 7, so a page or a year nobody typed would be used.
 */
function nonDecimalNumber(query: unknown, schema: unknown): string | null {
  const properties = (schema as QuerySchema | undefined)?.properties;
  if (!properties || typeof query !== 'object' || query === null) return null;
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (!numeric(properties[key])) continue;
    for (const v of Array.isArray(value) ? value : [value])
      if (typeof v === 'string' && !/^-?\d+(\.\d+)?$/.test(v)) return key;
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
    const inPath = nonDecimalNumber(req.params, req.routeOptions.schema?.params);
    const notDecimal = inPath ?? nonDecimalNumber(req.query, req.routeOptions.schema?.querystring);
    if (notDecimal !== null) {
      const where = inPath !== null ? '路径参数' : '查询参数';
      const message = `请求参数有误：${where}“${fieldLabel(notDecimal)}”须为十进制数字`;
      throw new ValidationFailedError([{ field: notDecimal, code: 'not-a-number', message }]);
    }
    // One walk over each part: the first text with a problem, then which problem it is.
    for (const value of [req.params, req.query, req.body]) {
      let problem: 'invalid' | 'invisible' | null = null;
      const path = findInvalidText(value, (s) => (problem = textProblem(s)) !== null);
      if (path === null) continue;
      if (problem === 'invisible') throw new InvalidTextError(path, fieldLabel(path), INVISIBLE_ONLY);
      throw new InvalidTextError(path, fieldLabel(path));
    }
  });
}
