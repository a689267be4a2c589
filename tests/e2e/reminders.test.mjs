// End to end: the bot comes back to the conversation on its own (step 7's reminders). A workshop is started in the
// Playground's personal chat; its header is marked finished and its revisit made due in the bot's tables (the finish
// card is built elsewhere); the bot's worker (Reminders:PollInterval 1 s in scripts/e2e.sh) posts the reminder
// proactively to the Playground's _connector, and it appears in the chat. Snooze a week then answers in place.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { PlaygroundChat } from './playground-page.mjs';
import { Tables, tableKey } from './tables.mjs';

const playgroundUrl = `http://127.0.0.1:${requiredEnv('PLAYGROUND_PORT')}/`;
const tables = new Tables(requiredEnv('TABLES_CONNECTION_STRING'));
const artifacts = fileURLToPath(new URL('../../artifacts/e2e/', import.meta.url));

describe('A reminder in the Agents Playground', { timeout: 600_000 }, () => {
  let browser;
  let chat;

  before(async () => {
    browser = await launchChromium();
    chat = await PlaygroundChat.open(browser.context, playgroundUrl);
  });

  after(async () => {
    await browser?.close();
  });

  test('a due revisit is posted by the bot on its own and Snooze a week answers in the card', async (t) => {
    const name = `Reminder journey ${randomUUID().slice(0, 8)}`;
    try {
      await chat.openPersonalChat();
      const setup = await chat.sendAndWaitForCard('start', 'Set up a journey mapping workshop');
      await setup.getByLabel('Workshop name').fill(name);
      await setup.getByRole('button', { name: 'Start the workshop' }).click();
      await chat.cards('Step 1/7 · Goals and personas', name).first().waitFor();

      const [header] = await tables.query('Workshops', `RowKey eq 'header' and Name eq '${name}'`);
      assert.ok(header, `the workshop "${name}" is stored`);
      const map = JSON.parse(header.Json);
      await tables.merge('Workshops', header.PartitionKey, 'header', { Status: 'Finished', Json: JSON.stringify({ ...map, status: 'Finished' }) });
      const conversation = (value) => tableKey(value).replaceAll('|', '%7C');
      const now = new Date();
      await tables.insert('Reminders', {
        PartitionKey: 'due',
        RowKey: `${conversation(header.OwnerTenantId ?? '')}|${conversation(header.OwnerConversationId)}|${conversation(map.id)}|Revisit`,
        Kind: 'Revisit',
        TenantId: header.OwnerTenantId ?? '',
        ConversationId: header.OwnerConversationId,
        WorkshopId: map.id,
        DueAt: new Date(now.getTime() - 10_000).toISOString(),
        'DueAt@odata.type': 'Edm.DateTime',
        TimeZone: 'Asia/Seoul',
        ClaimedUntil: '2000-01-01T00:00:00.000Z',
        'ClaimedUntil@odata.type': 'Edm.DateTime',
      });

      const reminder = chat.cards(`Time to revisit “${name}”`).first();
      await reminder.waitFor({ timeout: 60_000 });
      for (const button of ['Revisit now', 'Snooze a week', 'Stop reminders']) {
        assert.equal(await reminder.getByRole('button', { name: button }).count(), 1, `the reminder has ${button}`);
      }
      await chat.screenshot(`${artifacts}reminder.png`);

      const message = await chat.messageHolding(reminder, 'reminder-snooze');
      await reminder.getByRole('button', { name: 'Snooze a week' }).click();
      await message.locator('.ac-adaptiveCard').filter({ hasText: 'the next reminder comes on' }).waitFor();
    } catch (error) {
      await chat?.screenshot(`${artifacts}${t.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`).catch(() => {});
      throw error;
    }
  });
});

function requiredEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this test through scripts/e2e.sh`);
  return value;
}
