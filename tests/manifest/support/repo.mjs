// Paths and files the manifest tests share: the committed manifest, its localization files and
// the official JSON schemas shipped in the pinned @microsoft/app-manifest package.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const manifestDir = join(repoRoot, 'manifest');

const require = createRequire(import.meta.url);
const teamsSchemasDir = join(dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');

export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
export const readManifestText = () => readFileSync(join(manifestDir, 'manifest.json'), 'utf8');
export const readManifest = () => JSON.parse(readManifestText());
export const readLocalization = (file) => readJson(join(manifestDir, file));

/** Environment values the way scripts/build-app-package.sh fills them, for schema checks. */
export const testValues = { BOT_ID: '8d2b6c1e-4f3a-4b7d-9e21-5a6c7d8e9f01', BOT_DOMAIN: 'journeybot-test.azurewebsites.net' };
export const fillTokens = (text, values = testValues) => text.replace(/\$\{\{([A-Z_]+)\}\}/g, (_, name) => values[name]);

/** The schema object of a manifest version, read from disk: nothing is fetched. */
export const teamsSchema = (version, file = 'MicrosoftTeams.schema.json') => readJson(join(teamsSchemasDir, `v${version}`, file));

/** Manifest versions the package ships as numbered (generally available) schemas, e.g. ["1.0", ..., "1.30"]. */
export const shippedVersions = () =>
  readdirSync(teamsSchemasDir)
    .filter((d) => /^v1\.\d+$/.test(d))
    .map((d) => d.slice(1))
    .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));

/**
 * The localization schema of a version, made compilable by the validator. The shipped file has
 * patterns with a lone "]" (e.g. `\b]\.description`), which JavaScript accepts without the `u`
 * flag but AJV compiles with it, so validation would throw. Escaping that bracket keeps the
 * pattern's meaning (a lone "]" is a literal) and touches nothing else.
 */
export function localizationSchema(version) {
  const schema = teamsSchema(version, 'MicrosoftTeams.Localization.schema.json');
  const repaired = [];
  const fix = (node) => {
    if (!node || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      if (key === 'patternProperties') {
        node[key] = Object.fromEntries(Object.entries(node[key]).map(([pattern, value]) => [repairPattern(pattern, repaired), value]));
      } else if (key === 'pattern' && typeof node[key] === 'string') {
        node[key] = repairPattern(node[key], repaired);
      }
      fix(node[key]);
    }
  };
  fix(schema);
  return { schema, repaired };
}

function repairPattern(pattern, repaired) {
  try {
    new RegExp(pattern, 'u');
    return pattern;
  } catch {
    let out = '', inClass = false;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') { out += c + pattern[++i]; continue; }
      if (c === '[') inClass = true;
      else if (c === ']' && inClass) inClass = false;
      else if (c === ']') { out += '\\]'; continue; }
      out += c;
    }
    repaired.push({ from: pattern, to: out });
    return out;
  }
}

export { AppManifestUtils } from '@microsoft/app-manifest';
