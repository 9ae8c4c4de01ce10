/* eslint-disable no-control-regex -- NUL is the character these patterns look for */
// NUL cannot be stored in PostgreSQL text, and a lone UTF-16 surrogate has no UTF-8 form.
const INVALID_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

// Any surrogate or NUL: a cheap first look (a plain character class) before the exact test.
const MAYBE_INVALID = /[\u0000\uD800-\uDFFF]/;

/** True when `s` holds a NUL character or an unpaired surrogate. */
export function isInvalidText(s: string): boolean {
  return MAYBE_INVALID.test(s) && INVALID_TEXT.test(s);
}

/** `s` with each NUL and unpaired surrogate replaced by U+FFFD, for text quoted back in a message. */
export function replaceInvalidText(s: string): string {
  return isInvalidText(s) ? s.replace(new RegExp(INVALID_TEXT.source, 'gu'), '\uFFFD') : s;
}

// Characters that show nothing: zero-width spaces and joiners, direction marks, word joiners, BOM, soft hyphen.
const INVISIBLE = '\u00ad\u200b-\u200f\u2060-\u2064\ufeff';
const INVISIBLE_ONLY = new RegExp(`^[\\s${INVISIBLE}]*[${INVISIBLE}][\\s${INVISIBLE}]*$`);

/**
 * True when `s` is made of invisible characters (and spaces) only: "\u200b" passes a `trim()` test of a
 * required reason, and a draw's abort reason would be published as nothing.
 */
export function isInvisibleOnly(s: string): boolean {
  return INVISIBLE_ONLY.test(s);
}

/** What is wrong with a text: NUL or a lone surrogate (`invalid`), or nothing visible in it (`invisible`). */
export function textProblem(s: string): 'invalid' | 'invisible' | null {
  return isInvalidText(s) ? 'invalid' : isInvisibleOnly(s) ? 'invisible' : null;
}

/**
 * The path (`name`, `rows/2/note`) of the first string — value or key — in a parsed JSON value that
 * holds invalid text (by default NUL or a lone surrogate), or null. Iterative: a deeply nested body
 * must not overflow the stack.
 */
export function findInvalidText(
  value: unknown,
  invalid: (s: string) => boolean = isInvalidText,
): string | null {
  const stack: [unknown, string][] = [[value, '']];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [v, path] = next;
    if (typeof v === 'string') {
      if (invalid(v)) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], join(path, String(i))]);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) {
        if (invalid(k)) return join(path, k);
        stack.push([inner, join(path, k)]);
      }
    }
  }
  return null;
}

const join = (path: string, key: string) => (path ? `${path}/${key}` : key);
