// The manifest and its Korean localization file against the official schemas of their version,
// validated by the Teams tooling's own validator with the schema passed in, fully offline.
import { networkAttempts } from './support/no-network.mjs';
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { AppManifestUtils, fillTokens, localizationSchema, readManifest, readManifestText, readLocalization, shippedVersions, teamsSchema } from './support/repo.mjs';

const manifest = JSON.parse(fillTokens(readManifestText()));
const schema = teamsSchema(manifest.manifestVersion);
const { schema: koSchema, repaired } = localizationSchema(manifest.manifestVersion);

after(() => assert.deepEqual(networkAttempts, [], 'validation must not touch the network'));

test('manifest_uses_the_newest_numbered_schema_version_the_pinned_package_ships', () => {
  assert.equal(readManifest().manifestVersion, shippedVersions().at(-1));
});

test('manifest_with_environment_values_filled_in_is_valid_against_its_version_schema', async () => {
  assert.deepEqual(await AppManifestUtils.validateAgainstSchema(manifest, schema), []);
});

test('manifest_schema_url_names_the_same_version_as_manifestVersion', () => {
  assert.equal(manifest.$schema, `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
});

test('validator_reports_errors_for_a_broken_manifest_so_a_pass_means_something', async () => {
  const broken = structuredClone(manifest);
  broken.bots[0].botId = 'not-a-guid';
  delete broken.developer.privacyUrl;
  const errors = await AppManifestUtils.validateAgainstSchema(broken, schema);
  assert.ok(errors.some((e) => e.startsWith('/bots/0/botId')), errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('privacyUrl')), errors.join('\n'));
});

test('committed_manifest_keeps_the_environment_tokens_instead_of_real_ids', () => {
  const raw = readManifest();
  assert.equal(raw.id, '${{BOT_ID}}');
  assert.equal(raw.bots[0].botId, '${{BOT_ID}}');
  assert.deepEqual(raw.validDomains, ['${{BOT_DOMAIN}}']);
});

test('every_localization_file_is_valid_against_the_localization_schema', async () => {
  const files = manifest.localizationInfo.additionalLanguages.map((l) => l.file);
  assert.deepEqual(files, ['ko-kr.json']);
  for (const file of files) {
    const localization = readLocalization(file);
    assert.equal(localization.$schema, `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`);
    assert.deepEqual(await AppManifestUtils.validateAgainstSchema(localization, koSchema), [], file);
  }
});

test('localization_validator_rejects_an_unknown_key', async () => {
  const errors = await AppManifestUtils.validateAgainstSchema({ ...readLocalization('ko-kr.json'), 'bots[0].title': 'x' }, koSchema);
  assert.notDeepEqual(errors, []);
});

test('localization_schema_repair_keeps_the_meaning_of_the_patterns_it_escapes', () => {
  assert.ok(repaired.length > 0, 'the shipped localization schema compiles as it is now: remove the repair in support/repo.mjs');
  for (const { from, to } of repaired) {
    const original = new RegExp(from); // without the u flag a lone ] is a literal, as intended
    const fixed = new RegExp(to, 'u');
    const samples = ['activities.activityTypes[0].description', 'activities.activityTypes[127].templateText', 'activities.activityTypes[128].description', 'activities.activityTypes[1]x'];
    for (const sample of samples) assert.equal(fixed.test(sample), original.test(sample), `${to} on ${sample}`);
  }
  assert.ok(repaired.every(({ from, to }) => to.replaceAll('\\]', ']') === from.replaceAll('\\]', ']')), 'only brackets were escaped');
});
