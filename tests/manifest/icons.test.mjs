// The icons Teams shows: a 192x192 full-colour icon and a 32x32 white-on-transparent outline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePng } from './support/png.mjs';
import { manifestDir, readManifest, repoRoot } from './support/repo.mjs';

const { icons } = readManifest();
const colour = decodePng(readFileSync(join(manifestDir, icons.color)));
const outline = decodePng(readFileSync(join(manifestDir, icons.outline)));

const pixels = function* (image) {
  for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) yield image.pixel(x, y);
};

test('manifest_points_at_color_png_and_outline_png', () => {
  assert.deepEqual(icons, { color: 'color.png', outline: 'outline.png' });
});

test('colour_icon_is_192_by_192', () => {
  assert.deepEqual([colour.width, colour.height], [192, 192]);
});

test('colour_icon_is_in_full_colour_not_greyscale', () => {
  const distinct = new Set();
  for (const [r, g, b] of pixels(colour)) if (!(r === g && g === b)) distinct.add(`${r},${g},${b}`);
  assert.ok(distinct.size >= 3, `only ${distinct.size} non-grey colours`);
});

test('outline_icon_is_32_by_32_with_an_alpha_channel', () => {
  assert.deepEqual([outline.width, outline.height], [32, 32]);
  assert.equal(outline.colourType, 6, 'RGBA, so the background can be transparent');
});

test('outline_icon_has_only_white_pixels_on_a_transparent_background', () => {
  let opaque = 0, transparent = 0;
  for (const [r, g, b, a] of pixels(outline)) {
    if (a > 0) assert.deepEqual([r, g, b], [255, 255, 255], 'every visible pixel is white');
    if (a === 255) opaque++;
    if (a === 0) transparent++;
  }
  for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31]]) assert.equal(outline.pixel(x, y)[3], 0, `corner ${x},${y} is transparent`);
  assert.ok(opaque >= 40, `the symbol is visible (${opaque} opaque pixels)`);
  assert.ok(transparent >= 32 * 32 / 2, `the background is transparent (${transparent} transparent pixels)`);
});

test('committed_icons_are_exactly_what_the_icon_generator_draws', () => {
  const out = mkdtempSync(join(tmpdir(), 'journeybot-icons-'));
  try {
    const result = spawnSync(process.execPath, [join(repoRoot, 'manifest', 'icons-src', 'generate-icons.mjs'), out], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    for (const icon of ['color.png', 'outline.png'])
      assert.ok(readFileSync(join(out, icon)).equals(readFileSync(join(manifestDir, icon))), `${icon} differs: rerun the generator`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
