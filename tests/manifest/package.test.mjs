// scripts/build-app-package.sh: the zip Teams uploads, built from the committed files without
// changing them, and refusing values that would make a broken package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZip } from './support/unzip.mjs';
import { AppManifestUtils, manifestDir, readLocalization, readManifest, repoRoot, teamsSchema } from './support/repo.mjs';

const script = join(repoRoot, 'scripts', 'build-app-package.sh');
const botId = '3f1e2d4c-5b6a-4789-8abc-def012345678';
const domain = 'jb-prod-x7k2.azurewebsites.net';
const work = mkdtempSync(join(tmpdir(), 'journeybot-package-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const build = (...args) => spawnSync('bash', [script, ...args], { encoding: 'utf8' });
const hashOf = (file) => createHash('sha256').update(readFileSync(join(manifestDir, file))).digest('hex');
const committed = ['manifest.json', 'ko-kr.json', 'color.png', 'outline.png'];

test('package_contains_exactly_the_manifest_the_korean_file_and_both_icons_at_its_root', () => {
  const out = join(work, 'exact.zip');
  const result = build(botId, domain, out);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual([...readZip(readFileSync(out)).keys()].sort(), ['color.png', 'ko-kr.json', 'manifest.json', 'outline.png']);
});

test('packaged_manifest_carries_the_bot_id_and_domain_and_no_tokens', () => {
  const out = join(work, 'values.zip');
  assert.equal(build(botId, domain, out).status, 0);
  const text = readZip(readFileSync(out)).get('manifest.json').toString('utf8');
  assert.doesNotMatch(text, /\$\{\{/);
  const manifest = JSON.parse(text);
  assert.equal(manifest.id, botId);
  assert.equal(manifest.bots[0].botId, botId);
  assert.deepEqual(manifest.validDomains, [domain]);
  assert.equal(manifest.developer.websiteUrl, `https://${domain}/`);
  assert.equal(manifest.developer.privacyUrl, `https://${domain}/privacy`);
  assert.equal(manifest.developer.termsOfUseUrl, `https://${domain}/terms`);
});

test('packaged_manifest_is_valid_against_its_schema', async () => {
  const out = join(work, 'valid.zip');
  assert.equal(build(botId, domain, out).status, 0);
  const manifest = JSON.parse(readZip(readFileSync(out)).get('manifest.json').toString('utf8'));
  assert.deepEqual(await AppManifestUtils.validateAgainstSchema(manifest, teamsSchema(manifest.manifestVersion)), []);
});

test('packaged_localization_file_and_icons_are_the_committed_ones', () => {
  const out = join(work, 'same.zip');
  assert.equal(build(botId, domain, out).status, 0);
  const entries = readZip(readFileSync(out));
  assert.deepEqual(JSON.parse(entries.get('ko-kr.json').toString('utf8')), readLocalization('ko-kr.json'));
  for (const icon of ['color.png', 'outline.png']) assert.ok(entries.get(icon).equals(readFileSync(join(manifestDir, icon))), icon);
});

test('building_leaves_the_committed_files_unchanged', () => {
  const before = committed.map(hashOf);
  assert.equal(build(botId, domain, join(work, 'untouched.zip')).status, 0);
  assert.deepEqual(committed.map(hashOf), before);
  assert.equal(readManifest().id, '${{BOT_ID}}');
});

test('building_twice_gives_byte_identical_packages', () => {
  const [a, b] = [join(work, 'a.zip'), join(work, 'b.zip')];
  assert.equal(build(botId, domain, a).status, 0);
  assert.equal(build(botId, domain, b).status, 0);
  assert.ok(readFileSync(a).equals(readFileSync(b)));
});

for (const [name, id, host] of [
  ['a_bot_id_that_is_not_a_guid', 'not-a-guid', domain],
  ['a_guid_with_a_missing_digit', '3f1e2d4c-5b6a-4789-8abc-def01234567', domain],
  ['a_domain_with_a_scheme', botId, `https://${domain}`],
  ['a_domain_with_a_path', botId, `${domain}/api/messages`],
  ['a_single_label_domain', botId, 'localhost'],
]) {
  test(`build_script_rejects_${name}_and_writes_nothing`, () => {
    const out = join(work, `rejected-${name}.zip`);
    const result = build(id, host, out);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /must be/);
    assert.equal(existsSync(out), false);
  });
}

test('build_script_without_arguments_prints_usage', () => {
  const result = build();
  assert.equal(result.status, 2);
  assert.match(result.stderr, /usage: .*BOT_ID BOT_DOMAIN \[OUT\]/);
});
