// Byte-level encoding of RDRAW-1 (DRAW.md §1): UTF-8, big-endian integers, lp(x), lowercase hex.

const encoder = new TextEncoder();
// ignoreBOM: a U+FEFF that begins an id is one of its characters, not a byte order mark to drop.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b] ?? '';
  return out;
}

/** Lowercase hex only: bundles carry bytes as lowercase hex (DRAW.md §1). */
export function fromHex(text: string): Uint8Array | undefined {
  if (text.length % 2 !== 0 || !/^[0-9a-f]*$/.test(text)) return undefined;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** A binary string (one char per byte, as `crypto.hash(…, 'binary')` returns) as bytes. */
export function fromBinaryString(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

// A surrogate stands for a code point above U+FFFF, so it must sort after U+E000–U+FFFF.
function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/**
 * Compares two well-formed strings in the order of their UTF-8 bytes (= code point order),
 * which differs from JavaScript's UTF-16 `<` above U+FFFF.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Appends big-endian integers and byte strings; grows as needed. */
export class ByteWriter {
  private buf = new Uint8Array(256);
  private len = 0;

  private reserve(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + extra));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  u8(value: number): this {
    this.reserve(1);
    this.buf[this.len++] = value & 0xff;
    return this;
  }

  u32(value: number): this {
    this.reserve(4);
    this.buf[this.len++] = (value >>> 24) & 0xff;
    this.buf[this.len++] = (value >>> 16) & 0xff;
    this.buf[this.len++] = (value >>> 8) & 0xff;
    this.buf[this.len++] = value & 0xff;
    return this;
  }

  u64(value: number): this {
    // Exact for any safe integer: split into the high and low 32 bits.
    return this.u32(Math.floor(value / 0x100000000)).u32(value >>> 0);
  }

  bytes(data: Uint8Array): this {
    this.reserve(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
    return this;
  }

  /** lp(x) = u32(byte length of x) ‖ x; a string is taken as its UTF-8 bytes. */
  lp(data: Uint8Array | string): this {
    const bytes = typeof data === 'string' ? utf8(data) : data;
    return this.u32(bytes.length).bytes(bytes);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
