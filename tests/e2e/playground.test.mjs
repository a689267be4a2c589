// End to end: a person chats with the running bot through the Microsoft 365 Agents Playground in
// headless Chromium. scripts/e2e.sh starts the bot and the Playground and sets the environment:
//   BOT_URL          the bot's base URL, e.g. http://127.0.0.1:5123
//   PLAYGROUND_PORT  the port the Playground serves its web client on
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { PlaygroundChat } from './playground-page.mjs';

const botUrl = requiredEnv('BOT_URL');
const playgroundUrl = `http://127.0.0.1:${requiredEnv('PLAYGROUND_PORT')}/`;
const artifacts = fileURLToPath(new URL('../../artifacts/e2e/', import.meta.url));

// What the bot's cards say in English (the Playground always sends locale en-US).
const helpCard = { steps: ['Goals and personas', 'Implement'], startButton: 'Start a workshop' };
const startCard = { text: 'Start a workshop' };

describe('JourneyBot in the Agents Playground', { timeout: 600_000 }, () => {
  let browser;
  let chat;

  before(async () => {
    const health = await fetch(new URL('/healthz', botUrl));
    assert.ok(health.ok, `the bot at ${botUrl} is not healthy: /healthz answered ${health.status}`);
    await mkdir(artifacts, { recursive: true });
    browser = await launchChromium();
    chat = await PlaygroundChat.open(browser.context, playgroundUrl);
  });

  after(async () => {
    await browser?.close();
  });

  test('the bot welcomes the person with a card when the Playground installs it', async (t) => {
    await onFailureScreenshot(t, chat, async () => {
      await chat.openPersonalChat();
      await chat.cards().first().waitFor();
    });
  });

  test('help shows the seven steps, and Start a workshop replaces that card in place', async (t) => {
    await onFailureScreenshot(t, chat, async () => {
      await chat.openPersonalChat();
      const help = await chat.sendAndWaitForCard('help', ...helpCard.steps);
      const button = help.getByRole('button', { name: helpCard.startButton });
      await button.waitFor();
      const message = await chat.messageHolding(help, 'help');
      const helpText = await help.innerText();

      await button.click();

      // The invoke response's card takes the help card's place inside the same message.
      const replaced = message.locator('.ac-adaptiveCard').filter({ hasText: startCard.text });
      await replaced.waitFor();
      await waitUntil(async () => (await replaced.innerText()) !== helpText, 'the card text to change');
      const text = await replaced.innerText();
      assert.notEqual(text, helpText, 'the start card should differ from the help card');
      assert.equal(
        await message.getByRole('button', { name: helpCard.startButton }).count(),
        0,
        'the help card and its Start a workshop button should be gone from that message',
      );
    });
  });
});

function requiredEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this test through scripts/e2e.sh`);
  return value;
}

// A failing browser test is only diagnosable with a picture of what the page showed.
async function onFailureScreenshot(t, chat, body) {
  try {
    await body();
  } catch (error) {
    const file = `${artifacts}${t.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
    await chat?.screenshot(file).catch(() => {});
    throw error;
  }
}

async function waitUntil(condition, what, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
