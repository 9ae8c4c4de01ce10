// Width and height of a PNG or JPEG from its header, without decoding it: a 1 MB PNG can declare
// 20000 × 20000 pixels (1.6 GB once decoded) and take down the browser of whoever opens the record.

/** The image's declared size, or null when the header cannot be read. */
export function imageSize(bytes: Uint8Array, mime: string): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mime === 'image/png') {
    // Signature (8), IHDR length and type (8), then width and height, big-endian.
    return bytes.length >= 24 ? { width: view.getUint32(16), height: view.getUint32(20) } : null;
  }
  if (mime === 'image/jpeg') {
    let at = 2;
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return null;
      const marker = bytes[at + 1]!;
      if (marker === 0xff) {
        at++;
        continue;
      }
      const length = view.getUint16(at + 2);
      // Start of frame: SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
      at += 2 + length;
    }
  }
  return null;
}

/** At most 40 million pixels (a 12-megapixel phone photo is well inside) and 10,000 pixels a side. */
export function imageTooLarge(size: { width: number; height: number }): boolean {
  return size.width > 10_000 || size.height > 10_000 || size.width * size.height > 40_000_000;
}
