// Small but real asset files for the demo seed, generated here so the repository carries no binaries.
import zlib from 'node:zlib';

// CRC-32 as PNG chunks need it (zlib.crc32 only exists in newer Node versions).
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGB PNG with a two-colour diagonal gradient: a stand-in product photo. */
export function makePng(width, height, [r1, g1, b1], [r2, g2, b2]) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const t = (x + y) / (width + height - 2 || 1);
      raw.set([r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t].map(Math.round), row + 1 + x * 3);
    }
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export const logoSvg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">
  <rect width="120" height="40" rx="8" fill="#1f2a44"/>
  <circle cx="20" cy="20" r="10" fill="#f4b942"/>
  <text x="38" y="26" font-family="sans-serif" font-size="16" fill="#ffffff">Demo</text>
</svg>
`);

// An SVG font with two icon glyphs: a real font format that needs no binary tables.
export const iconFontSvg = Buffer.from(`<?xml version="1.0" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg">
  <defs>
    <font id="DemoIcons" horiz-adv-x="1000">
      <font-face font-family="Demo Icons" units-per-em="1000" ascent="850" descent="-150"/>
      <missing-glyph horiz-adv-x="1000"/>
      <glyph glyph-name="cart" unicode="&#xe001;" d="M100 700h150l100-400h450l100 300H300M400 150a50 50 0 1 0 1 0M750 150a50 50 0 1 0 1 0z"/>
      <glyph glyph-name="star" unicode="&#xe002;" d="M500 850l120-330h350l-280-210 110-330-300 200-300-200 110 330-280 210h350z"/>
    </font>
  </defs>
</svg>
`);

// A tiny Lottie animation (JSON): a square sliding across, standing in for a delivery truck.
export const lottieJson = Buffer.from(JSON.stringify({
  v: '5.7.4', fr: 30, ip: 0, op: 60, w: 48, h: 48, nm: 'truck', ddd: 0, assets: [],
  layers: [{ ddd: 0, ind: 1, ty: 4, nm: 'box', sr: 1, ks: { o: { a: 0, k: 100 }, r: { a: 0, k: 0 },
    p: { a: 1, k: [{ t: 0, s: [8, 24, 0] }, { t: 60, s: [40, 24, 0] }] }, a: { a: 0, k: [0, 0, 0] }, s: { a: 0, k: [100, 100, 100] } },
  shapes: [{ ty: 'rc', d: 1, s: { a: 0, k: [12, 8] }, p: { a: 0, k: [0, 0] }, r: { a: 0, k: 2 }, nm: 'body' },
    { ty: 'fl', c: { a: 0, k: [0.2, 0.4, 0.8, 1] }, o: { a: 0, k: 100 }, nm: 'fill' }], ip: 0, op: 60, st: 0 }],
}));
