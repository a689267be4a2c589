// The Korean file localizes exactly the user-visible strings of the manifest, in Korean, while
// the command words stay the words the bot parses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readManifest, readLocalization } from './support/repo.mjs';

const manifest = readManifest();
const korean = readLocalization('ko-kr.json');
const hangul = /[\uAC00-\uD7A3]/;

/** The keys the localization schema lets a file override, for the strings this manifest has. */
function localizableStrings(m) {
  const strings = new Map([
    ['name.short', m.name.short],
    ['name.full', m.name.full],
    ['description.short', m.description.short],
    ['description.full', m.description.full],
  ]);
  (m.bots ?? []).forEach((bot, b) =>
    (bot.commandLists ?? []).forEach((list, l) =>
      list.commands.forEach((command, c) => {
        const key = `bots[${b}].commandLists[${l}].commands[${c}]`;
        strings.set(`${key}.title`, command.title);
        if (command.description !== undefined) strings.set(`${key}.description`, command.description);
      }),
    ),
  );
  return strings;
}

const isCommandTitle = (key) => /^bots\[\d+\]\.commandLists\[\d+\]\.commands\[\d+\]\.title$/.test(key);

test('korean_file_has_exactly_the_keys_of_the_strings_it_localizes', () => {
  const keys = Object.keys(korean).filter((k) => k !== '$schema').sort();
  assert.deepEqual(keys, [...localizableStrings(manifest).keys()].sort());
});

test('korean_file_is_declared_as_ko_kr_next_to_the_english_default', () => {
  assert.equal(manifest.localizationInfo.defaultLanguageTag, 'en-us');
  assert.deepEqual(manifest.localizationInfo.additionalLanguages, [{ languageTag: 'ko-kr', file: 'ko-kr.json' }]);
});

test('names_descriptions_and_command_descriptions_are_written_in_korean', () => {
  for (const [key, english] of localizableStrings(manifest)) {
    if (isCommandTitle(key)) continue;
    assert.match(korean[key], hangul, `${key} should be Korean`);
    assert.notEqual(korean[key], english, key);
  }
});

// Teams sends the command title as the message text, so a translated title would be a word the
// bot does not answer. The titles stay the command words; the descriptions explain them in Korean.
test('korean_command_titles_are_the_command_words_the_bot_answers', () => {
  for (const [key, english] of localizableStrings(manifest)) {
    if (isCommandTitle(key)) assert.equal(korean[key], english, key);
  }
});

test('command_list_offers_the_workshop_commands_in_every_bot_scope', () => {
  const [bot] = manifest.bots;
  assert.deepEqual(bot.scopes, ['personal', 'team', 'groupChat']);
  for (const list of bot.commandLists) {
    assert.deepEqual([...list.scopes].sort(), [...bot.scopes].sort());
    assert.deepEqual(list.commands.map((c) => c.title).sort(), ['back', 'help', 'list', 'map', 'next', 'revisit', 'start', 'status', 'versions']);
  }
});
