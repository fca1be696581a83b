'use strict';
// Generates the Teams app icons from simple shapes — pure Node, no image packages.
//
//   node manifest/scripts/makeIcons.js        (writes manifest/color.png and manifest/outline.png)
//
// color.png   192×192: a rounded square in the accent colour holding a white plan sheet with a
//             checklist (two ticked rows, one open box) drawn in the accent colour.
// outline.png  32×32: the same sheet and checklist as white strokes on a transparent background.
//
// Shapes are tested per pixel with 8×8 supersampling, which gives anti-aliased edges. The PNGs
// are committed; re-run this script after changing the design (manifest.test.ts checks that the
// committed files match what the script draws).

const fs = require('node:fs');
const path = require('node:path');
const { encodePng } = require('./png');

/** Keep in sync with accentColor in manifest.json (the test checks it). */
const ACCENT_COLOR = '#2B7A78';
const SUPERSAMPLE = 8;
// Local aliases: looking up the global `Math` in the hot loops is very slow inside a vm context
// (as under Jest), local bindings are not.
const { max, min, round } = Math;

// --- shapes: each is (x, y) => boolean, in pixel coordinates (0..size) ---

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = max(x0 + r - x, 0, x - (x1 - r));
    const dy = max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };
}

/** A rounded-rectangle frame of the given stroke width (drawn inside the outer edge). */
function roundRectStroke(x0, y0, x1, y1, r, w) {
  const outer = roundRect(x0, y0, x1, y1, r);
  const inner = roundRect(x0 + w, y0 + w, x1 - w, y1 - w, max(r - w, 0));
  return (x, y) => outer(x, y) && !inner(x, y);
}

/** A line segment with round caps, `w` wide. */
function segment(ax, ay, bx, by, w) {
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  const h2 = (w / 2) * (w / 2);
  return (x, y) => {
    const t = max(0, min(1, ((x - ax) * vx + (y - ay) * vy) / len2));
    const dx = x - (ax + t * vx);
    const dy = y - (ay + t * vy);
    return dx * dx + dy * dy <= h2;
  };
}

/** A tick: short stroke down to the bottom point, long stroke up to the right. */
function tick(x, y, size, w) {
  const a = segment(x, y + size * 0.5, x + size * 0.35, y + size * 0.85, w);
  const b = segment(x + size * 0.35, y + size * 0.85, x + size, y, w);
  return (px, py) => a(px, py) || b(px, py);
}

function union(...shapes) {
  return (x, y) => shapes.some((s) => s(x, y));
}

/** Fraction (0..1) of the pixel (px, py) covered by `shape`. */
function coverage(shape, px, py) {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      if (shape(px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE)) hits++;
    }
  }
  return hits / (SUPERSAMPLE * SUPERSAMPLE);
}

function hexToRgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** Checklist rows (tick or open box, then a text bar) for a sheet whose inner area starts at x0. */
function checklist(rows, x0, markSize, barEnd, barHeight, stroke) {
  const parts = [];
  rows.forEach(({ y, done }) => {
    if (done) parts.push(tick(x0, y - markSize / 2, markSize, stroke));
    else parts.push(roundRectStroke(x0, y - markSize / 2, x0 + markSize, y + markSize / 2, stroke / 2, stroke * 0.8));
    const barStart = x0 + markSize + markSize * 0.6;
    parts.push(roundRect(barStart, y - barHeight / 2, barEnd, y + barHeight / 2, barHeight / 2));
  });
  return union(...parts);
}

function renderColorIcon() {
  const size = 192;
  const accent = hexToRgb(ACCENT_COLOR);
  const background = roundRect(0, 0, size, size, 36);
  const sheet = roundRect(50, 34, 142, 158, 10);
  const content = checklist(
    [
      { y: 70, done: true },
      { y: 100, done: true },
      { y: 130, done: false },
    ],
    64,
    18,
    128,
    9,
    7,
  );
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const bg = coverage(background, x, y);
      // White sheet over the accent square, accent-coloured checklist on the sheet.
      const white = coverage(sheet, x, y) * (1 - coverage(content, x, y));
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = round(accent[c] * (1 - white) + 255 * white);
      rgba[o + 3] = round(255 * bg);
    }
  }
  return encodePng(size, size, rgba);
}

function renderOutlineIcon() {
  const size = 32;
  const glyph = union(
    roundRectStroke(5, 2, 27, 30, 3, 2),
    checklist(
      [
        { y: 9.5, done: true },
        { y: 16, done: true },
        { y: 22.5, done: false },
      ],
      8,
      5.5,
      24,
      2,
      1.8,
    ),
  );
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = (y * size + x) * 4;
      rgba[o] = 255;
      rgba[o + 1] = 255;
      rgba[o + 2] = 255;
      rgba[o + 3] = round(255 * coverage(glyph, x, y));
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const dir = path.resolve(__dirname, '..');
  fs.writeFileSync(path.join(dir, 'color.png'), renderColorIcon());
  fs.writeFileSync(path.join(dir, 'outline.png'), renderOutlineIcon());
  console.log(`Wrote ${path.join(dir, 'color.png')} and ${path.join(dir, 'outline.png')}`);
}

if (require.main === module) main();

module.exports = { ACCENT_COLOR, renderColorIcon, renderOutlineIcon };
