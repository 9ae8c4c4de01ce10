// A small handwriting-like PNG for the demo's signatures: a wavy stroke, different for each seed.
import { crc32, deflateSync } from 'node:zlib';

const WIDTH = 96;
const HEIGHT = 32;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Grey-scale rows, each led by filter byte 0: white paper, a dark stroke of three pixels. */
function strokePixels(seed: number): Buffer {
  const rows = Buffer.alloc(HEIGHT * (WIDTH + 1), 0xff);
  for (let y = 0; y < HEIGHT; y++) rows[y * (WIDTH + 1)] = 0;
  for (let x = 6; x < WIDTH - 6; x++) {
    const phase = (x / WIDTH) * Math.PI * (3 + (seed % 3));
    const y0 = Math.round(HEIGHT / 2 + Math.sin(phase + seed) * 8 + Math.sin(phase * 2.7 + seed * 1.3) * 3);
    for (let dy = -1; dy <= 1; dy++) {
      const y = Math.min(HEIGHT - 1, Math.max(0, y0 + dy));
      rows[y * (WIDTH + 1) + 1 + x] = 0x20;
    }
  }
  return rows;
}

/** A 96×32 grey-scale PNG, base64, as the signature upload expects it; the stroke follows the signer. */
export function demoSignaturePng(signer: string): string {
  const seed = [...signer].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 997, 7);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit grey, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(strokePixels(seed))),
    chunk('IEND', Buffer.alloc(0)),
  ]).toString('base64');
}
