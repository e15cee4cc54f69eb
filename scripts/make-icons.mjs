// Draws the toolbar icons (a "B" over a dotted underline, on a rounded square) as PNG files.
// Run once after changing the design: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GLYPH = ['11110', '10001', '10001', '11110', '10001', '10001', '11110'];
const BACKGROUND = [31, 78, 140];
const INK = [255, 255, 255];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pixel(size, x, y) {
  const radius = size * 0.22;
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > radius ** 2) return [0, 0, 0, 0];
  const cell = size / 10;
  const gx = Math.floor((x - cell * 2.5) / cell);
  const gy = Math.floor((y - cell * 1.2) / cell);
  if (gy >= 0 && gy < 7 && gx >= 0 && gx < 5 && GLYPH[gy][gx] === '1') return [...INK, 255];
  const underline = y >= cell * 8.6 && y < cell * 9.2 && x >= cell * 2.5 && x < cell * 7.5;
  if (underline && Math.floor((x - cell * 2.5) / cell) % 2 === 0) return [...INK, 255];
  return [...BACKGROUND, 255];
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) row.push(...pixel(size, x, y));
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
