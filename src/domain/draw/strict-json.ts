// A strict JSON reader: `JSON.parse` accepts `2.0`, `1e0` and duplicate member names, which a
// draw must refuse (DRAW.md §1). Integers only (±(2^53−1)), no lone surrogates, no BOM.
import type { JsonObject, JsonValue } from './types.ts';

export type StrictJsonOutcome =
  | { readonly ok: true; readonly value: JsonValue }
  | { readonly ok: false; readonly error: { readonly message: string; readonly position: number } };

const MAX_DEPTH = 512;

/**
 * The members of a parsed object in the order the text gave them, kept (non-enumerable) only when it has
 * a member named like an array index ("1", "150802"): JavaScript lists those first, in numeric order,
 * whatever the text's order, and a bundle written back would move them (see json-text.ts).
 */
export const MEMBER_ORDER = Symbol('member order');
const INDEX_LIKE = /^(?:0|[1-9]\d{0,9})$/;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /\p{Cs}/u;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

export function parseStrictJson(text: string): StrictJsonOutcome {
  try {
    const reader = new Reader(text);
    const value = reader.document();
    return { ok: true, value };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, error: { message: error.message, position: error.position } };
    }
    throw error;
  }
}

class Reader {
  private pos = 0;

  constructor(private readonly text: string) {}

  document(): JsonValue {
    const value = this.value(0);
    this.skipSpace();
    if (this.pos !== this.text.length) this.fail('unexpected text after the JSON value');
    return value;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, this.pos);
  }

  private skipSpace(): void {
    const t = this.text;
    let c = t.charCodeAt(this.pos);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = t.charCodeAt(++this.pos);
  }

  private value(depth: number): JsonValue {
    if (depth > MAX_DEPTH) this.fail('nesting too deep');
    this.skipSpace();
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x7b) return this.object(depth);
    if (c === 0x5b) return this.array(depth);
    if (c === 0x22) return this.string();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.integer();
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail(Number.isNaN(c) ? 'unexpected end of input' : 'unexpected character');
  }

  private object(depth: number): JsonObject {
    const out: Record<string, JsonValue> = {};
    const keys: string[] = [];
    const done = () => {
      if (keys.some((k) => INDEX_LIKE.test(k) && Number(k) < 2 ** 32 - 1))
        Object.defineProperty(out, MEMBER_ORDER, { value: keys });
      return out;
    };
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 0x22) this.fail('expected a member name');
      const at = this.pos;
      const key = this.string();
      keys.push(key);
      if (Object.hasOwn(out, key))
        throw new JsonSyntaxError(`duplicate member name ${JSON.stringify(key)}`, at);
      this.skipSpace();
      if (this.text.charCodeAt(this.pos++) !== 0x3a) this.fail('expected ":"');
      // defineProperty: a member named "__proto__" must stay a member, not set the prototype.
      Object.defineProperty(out, key, {
        value: this.value(depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos++);
      if (c === 0x7d) return done();
      if (c !== 0x2c) this.fail('expected "," or "}"');
    }
  }

  private array(depth: number): JsonValue[] {
    const out: JsonValue[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth + 1));
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos++);
      if (c === 0x5d) return out;
      if (c !== 0x2c) this.fail('expected "," or "]"');
    }
  }

  private string(): string {
    const t = this.text;
    const start = ++this.pos;
    let i = start;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 0x22) break;
      if (c === 0x5c) return this.escapedString(start);
      if (c < 0x20 || Number.isNaN(c)) {
        this.pos = i;
        this.fail(Number.isNaN(c) ? 'unterminated string' : 'control character in string');
      }
      i++;
    }
    this.pos = i + 1;
    return this.checked(t.slice(start, i), start);
  }

  private escapedString(start: number): string {
    const t = this.text;
    let out = '';
    let i = start;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 0x22) break;
      if (Number.isNaN(c) || c < 0x20) {
        this.pos = i;
        this.fail(Number.isNaN(c) ? 'unterminated string' : 'control character in string');
      }
      if (c !== 0x5c) {
        out += t[i];
        i++;
        continue;
      }
      const e = t[i + 1] ?? '';
      const simple = ESCAPES.get(e);
      if (simple !== undefined) {
        out += simple;
        i += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(t.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        this.pos = i;
        this.fail('invalid escape');
      }
    }
    this.pos = i + 1;
    return this.checked(out, start);
  }

  private checked(value: string, start: number): string {
    if (SURROGATE.test(value) && LONE_SURROGATE.test(value)) {
      throw new JsonSyntaxError('lone surrogate in string', start);
    }
    return value;
  }

  private integer(): number {
    const t = this.text;
    const start = this.pos;
    let i = start;
    if (t.charCodeAt(i) === 0x2d) i++;
    const first = t.charCodeAt(i);
    if (first === 0x30) i++;
    else if (first >= 0x31 && first <= 0x39) while (isDigit(t.charCodeAt(i))) i++;
    else throw new JsonSyntaxError('invalid number', i);
    const next = t.charCodeAt(i);
    if (next === 0x2e || next === 0x65 || next === 0x45) {
      throw new JsonSyntaxError('only integers are allowed (no fraction or exponent)', start);
    }
    const literal = t.slice(start, i);
    if (literal === '-0') throw new JsonSyntaxError('negative zero is not allowed', start);
    const value = Number(literal);
    if (!Number.isSafeInteger(value)) throw new JsonSyntaxError('integer outside ±(2^53−1)', start);
    this.pos = i;
    return value;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const LITERALS: readonly (readonly [string, JsonValue])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
];

const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);
