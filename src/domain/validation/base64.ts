// Files travel base64 in JSON. Node's decoder skips what is not base64 and decodes the rest, so
// "!!!notbase64###" became six bytes of something: a file is taken only when its text is base64 whole.

// One character class, no nested repetition: a 67 MB attachment must not exhaust the regex engine's stack.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of standard base64 (padding optional, line breaks allowed), or null when it is not. */
export function decodeBase64Strictly(text: string): Buffer | null {
  const compact = text.replace(/[\r\n]/g, '');
  if (!BASE64.test(compact)) return null;
  const padded = compact.endsWith('=');
  // Whole groups of four when padded; otherwise a last group of 2 or 3 characters, never 1.
  if (padded ? compact.length % 4 !== 0 : compact.length % 4 === 1) return null;
  return Buffer.from(compact, 'base64');
}
