// Builds the Teams app package: fills the environment tokens of manifest.json and its
// localization files in memory and zips them with the icons. The committed files are only read.
// Usage: node manifest/tools/package.mjs BOT_ID BOT_DOMAIN OUT
// (scripts/build-app-package.sh validates the arguments first and is the documented entry point.)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.mjs';

const manifestDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Replaces ${{NAME}} tokens; fails on any token it has no value for, so none reaches Teams. */
export function fillTokens(text, values, fileName) {
  const filled = text.replace(/\$\{\{([A-Z_]+)\}\}/g, (token, name) => {
    if (!(name in values)) throw new Error(`${fileName}: no value for ${token}`);
    return values[name];
  });
  JSON.parse(filled); // a value that broke the JSON would be a bug in validation; stop here
  return filled;
}

/** The files of the package, read from manifest/ with tokens filled; names are zip entry names. */
export function packageEntries(values) {
  const read = (name) => readFileSync(join(manifestDir, name));
  const manifestText = fillTokens(read('manifest.json').toString('utf8'), values, 'manifest.json');
  const manifest = JSON.parse(manifestText);
  const languageFiles = (manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file);
  return [
    { name: 'manifest.json', data: Buffer.from(manifestText, 'utf8') },
    ...languageFiles.map((name) => ({ name, data: Buffer.from(fillTokens(read(name).toString('utf8'), values, name), 'utf8') })),
    { name: manifest.icons.color, data: read(manifest.icons.color) },
    { name: manifest.icons.outline, data: read(manifest.icons.outline) },
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [botId, botDomain, out] = process.argv.slice(2);
  if (!botId || !botDomain || !out) {
    console.error('usage: node manifest/tools/package.mjs BOT_ID BOT_DOMAIN OUT');
    process.exit(2);
  }
  const entries = packageEntries({ BOT_ID: botId, BOT_DOMAIN: botDomain });
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, zip(entries));
  console.log(`${out}: ${entries.map((e) => e.name).join(', ')}`);
}
