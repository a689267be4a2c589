// Draws the JourneyBot app icons (a winding path with waypoints, ending at a flag) and writes them
// as PNG files next to manifest.json. Run with: node manifest/icons-src/generate-icons.mjs [OUT_DIR]
// Shapes are signed distance functions, so edges are anti-aliased without a graphics library.
import { writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const outDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');

// ---- geometry -------------------------------------------------------------------------------

const cubic = (p0, p1, p2, p3, t) => {
  const u = 1 - t;
  return [
    u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
    u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
  ];
};

const segmentDistance = (x, y, [ax, ay], [bx, by]) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
};

/** A polyline sampled from a cubic curve, cut into dashes of `on` length separated by `off`. */
function dashedCurve(points, samples, on, off) {
  const line = Array.from({ length: samples + 1 }, (_, i) => cubic(...points, i / samples));
  const dashes = [];
  let walked = 0, current = [line[0]];
  for (let i = 1; i < line.length; i++) {
    walked += Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]);
    const inDash = walked % (on + off) < on;
    if (inDash) current.push(line[i]);
    else if (current.length > 1) { dashes.push(current); current = []; }
    else current = [];
    if (!inDash) current = [line[i]];
  }
  if (current.length > 1) dashes.push(current);
  return dashes;
}

const strokeSdf = (polylines, width) => (x, y) => {
  let best = Infinity;
  for (const line of polylines)
    for (let i = 1; i < line.length; i++) best = Math.min(best, segmentDistance(x, y, line[i - 1], line[i]));
  return best - width / 2;
};

const circleSdf = ([cx, cy], r) => (x, y) => Math.hypot(x - cx, y - cy) - r;

const ringSdf = (centre, r, width) => (x, y) => Math.abs(circleSdf(centre, r)(x, y)) - width / 2;

/** Signed distance to a convex polygon given clockwise or counter-clockwise. */
const polygonSdf = (vertices) => (x, y) => {
  let edge = Infinity, inside = true, sign = 0;
  for (let i = 0; i < vertices.length; i++) {
    const a = vertices[i], b = vertices[(i + 1) % vertices.length];
    edge = Math.min(edge, segmentDistance(x, y, a, b));
    const cross = Math.sign((b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]));
    if (cross !== 0) { if (sign === 0) sign = cross; else if (cross !== sign) inside = false; }
  }
  return inside ? -edge : edge;
};

const union = (...sdfs) => (x, y) => Math.min(...sdfs.map((f) => f(x, y)));

// ---- the motif, in a 192x192 design space ------------------------------------------------------

// Coordinates are nudged so the drawing's bounding box sits in the middle of the icon.
const at = ([x, y]) => [x - 4, y + 5];
const path = [[44, 148], [150, 150], [40, 58], [132, 52]].map(at);
const start = path[0];
const middle = cubic(...path, 0.5);
const flagFoot = at([142, 60]), flagTop = at([142, 22]);
const flag = [[142, 22], [170, 31], [142, 42]].map(at);

// ---- rendering ------------------------------------------------------------------------------

const rgba = (hex, a = 255) => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16), a];

/** Renders layers of {sdf, colour} over a background; sdf units are design pixels. */
function render(size, background, layers) {
  const scale = 192 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) * scale, y = (py + 0.5) * scale;
      let [r, g, b, a] = background.map((c, i) => (i === 3 ? c / 255 : c));
      for (const { sdf, colour } of layers) {
        const coverage = Math.max(0, Math.min(1, 0.5 - sdf(x, y) / scale)) * (colour[3] / 255);
        if (coverage === 0) continue;
        const outA = coverage + a * (1 - coverage);
        const mix = (src, dst) => (src * coverage + dst * a * (1 - coverage)) / outA;
        r = mix(colour[0], r); g = mix(colour[1], g); b = mix(colour[2], b); a = outA;
      }
      const o = (py * size + px) * 4;
      pixels[o] = Math.round(r); pixels[o + 1] = Math.round(g); pixels[o + 2] = Math.round(b); pixels[o + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

// ---- PNG (RGBA, 8 bits per channel, no interlace) --------------------------------------------

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // depth 8, colour type 6 (RGBA), deflate, adaptive filters, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- the two icons ----------------------------------------------------------------------------

const white = rgba('#FFFFFF');
const amber = rgba('#FFB547');
const coral = rgba('#FF6B57');

const color = render(192, rgba('#2D5BD7'), [
  { sdf: strokeSdf(dashedCurve(path, 400, 15, 9), 9), colour: white },
  { sdf: circleSdf(start, 13), colour: white },
  { sdf: circleSdf(middle, 12), colour: amber },
  { sdf: ringSdf(middle, 12, 5), colour: white },
  { sdf: strokeSdf([[flagFoot, flagTop]], 6), colour: white },
  { sdf: polygonSdf(flag), colour: coral },
  { sdf: circleSdf(flagFoot, 6), colour: white },
]);

// At 32x32 dashes and rings blur into noise: the outline uses a solid, thicker path with the
// start point and the flag, shifted down a little so the flag stays inside the icon.
const small = ([x, y]) => [x, y + 2];
const outline = render(32, [255, 255, 255, 0], [
  {
    sdf: union(
      strokeSdf([Array.from({ length: 101 }, (_, i) => small(cubic(...path, i / 100)))], 14),
      circleSdf(small(start), 21),
      strokeSdf([[small(flagFoot), small(at([142, 14]))]], 12),
      polygonSdf([[142, 12], [184, 28], [142, 46]].map((p) => small(at(p)))),
    ),
    colour: white,
  },
]);

writeFileSync(join(outDir, 'color.png'), png(192, color));
writeFileSync(join(outDir, 'outline.png'), png(32, outline));
console.log(`wrote ${join(outDir, 'color.png')} (192x192) and ${join(outDir, 'outline.png')} (32x32)`);
