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

// What the bot's cards say (src/JourneyBot/Resources/BotText*.resx). The Playground always sends
// locale en-US, so the bot answers in English until the card's language button is pressed.
const helpCard = {
  title: 'JourneyBot help',
  steps: ['Goals and personas', 'Implement and iterate'],
  startButton: 'Start a workshop',
  languageButton: '한국어로 보기',
};
const setupCard = { title: 'Set up a journey mapping workshop', nameLabel: 'Workshop name', startButton: 'Start the workshop' };
const board = {
  step1: 'Step 1/7 · Goals and personas',
  step2: 'Step 2/7 · Journey stages',
  addGoal: 'Add a goal',
  goalLabel: 'Goal of the map',
  add: 'Add',
  next: 'Next: 2. Journey stages ▶',
  step5: 'Step 5/7 · Visualize the map',
  openMap: 'Open the whole map',
};
// Step 6 (src/JourneyBot/Resources/AnalysisText.resx): the findings the map's own data gives, and the ideas form.
const step6 = {
  title: 'Step 6/7 · Analyze and find opportunities',
  findings: 'Findings:',
  // The workshop above has its template's stages and no touchpoints yet: the analysis says so for each stage.
  finding: 'has no touchpoints.',
  addIdea: 'Add an idea',
  ideaLabel: /^Idea/,
  add: 'Add',
  idea: 'Put the pricing on the first page',
};
// Step 7 (src/JourneyBot/Resources/ActionText.resx, VersionsText.resx): an action item, then the facilitator finishes.
const step7 = {
  title: 'Step 7/7 · Implement and iterate',
  addAction: 'Add an action item',
  newAction: 'New action item',
  action: 'Call every new lead back within an hour',
  noDue: 'no due date',
  save: /^(Add|Save)$/,
  finishOpen: 'Finish…',
  finishForm: 'Finish the map as version 1',
  finish: 'Finish',
  finished: 'Finished: version 1',
};
const welcomeCard = { title: 'Hello, I am JourneyBot' };
const koreanHelpCard = { title: 'JourneyBot 도움말', steps: ['목표와 페르소나', '실행과 반복'] };

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
      await chat.cards(welcomeCard.title).first().waitFor();
    });
  });

  test('help shows the seven steps, and Start a workshop replaces that card with the setup form in place', async (t) => {
    await onFailureScreenshot(t, chat, async () => {
      await chat.openPersonalChat();
      const help = await chat.sendAndWaitForCard('help', helpCard.title, ...helpCard.steps);
      const button = help.getByRole('button', { name: helpCard.startButton });
      const message = await chat.messageHolding(help, 'help-then-start');

      await button.click();

      // The invoke response's card takes the help card's place inside the same message.
      await message.locator('.ac-adaptiveCard').filter({ hasText: setupCard.title }).waitFor();
      const text = await message.innerText();
      assert.ok(!text.includes(helpCard.title), 'the help card is gone from that message');
      assert.equal(
        await message.getByRole('button', { name: helpCard.startButton }).count(),
        0,
        'the Start a workshop button of the help card is gone from that message',
      );
    });
  });

  test('a workshop starts from the setup form and moves from step 1 to step 2 by clicking its cards', async (t) => {
    await onFailureScreenshot(t, chat, async () => {
      await chat.openPersonalChat();
      const setup = await chat.sendAndWaitForCard('start', setupCard.title);
      const message = await chat.messageHolding(setup, 'start-to-step-2');

      await setup.getByLabel(setupCard.nameLabel).fill('Playground journey');
      await setup.getByRole('button', { name: setupCard.startButton }).click();
      const step1 = message.locator('.ac-adaptiveCard').filter({ hasText: board.step1 });
      await step1.waitFor();

      await step1.getByRole('button', { name: board.addGoal }).click();
      await step1.getByLabel(board.goalLabel).fill('Find where trials stall');
      await step1.getByRole('button', { name: board.add, exact: true }).click();
      const withGoal = message.locator('.ac-adaptiveCard').filter({ hasText: 'Goal: Find where trials stall' });
      await withGoal.waitFor();

      await withGoal.getByRole('button', { name: board.next }).click();
      const step2 = message.locator('.ac-adaptiveCard').filter({ hasText: board.step2 });
      await step2.waitFor();
      const text = await step2.innerText();
      assert.ok(text.includes('Playground journey'), 'the board names the workshop');
      assert.ok(text.includes('Find where trials stall'), 'the goal is on every later card');
    });
  });

  test('the workshop reaches step 5 and the map picture on its board loads in the browser', async (t) => {
    await onFailureScreenshot(t, chat, async () => {
      // Continues the workshop the test above started in this personal chat.
      const step5 = await chat.sendAndWaitForCard('go 5', board.step5);
      const picture = step5.locator('img').first();
      await picture.waitFor();
      await step5.page().waitForFunction((img) => img.complete && img.naturalWidth > 0, await picture.elementHandle());
      const size = await picture.evaluate((img) => ({ width: img.naturalWidth, src: img.currentSrc }));
      assert.ok(size.width > 0 && size.width <= 1024, `the card's picture is ${size.width} px wide (Teams shows at most 1024)`);
      assert.ok(size.src.startsWith(`${botUrl}/maps/`), `the picture comes from the bot: ${size.src}`);
      const text = await step5.innerText();
      assert.ok(text.includes(board.openMap), 'the board links to the whole map');
      await chat.screenshot(`${artifacts}/step-5.png`);
    });
  });

  test('the workshop reaches step 6, whose board shows the findings of its map, and an idea is added there', async (t) => {
    await onFailureScreenshot(t, chat, async () => {
      // The map the tests above prepared: its template's stages and a goal, nothing measured yet.
      const board6 = await chat.sendAndWaitForCard('go 6', step6.title);
      const message = await chat.messageHolding(board6, 'step-6');
      const text = await board6.innerText();
      assert.ok(text.includes(step6.findings), 'the board has its findings heading');
      assert.ok(text.includes(step6.finding), `a finding from the map's data is on the board:\n${text}`);

      await board6.getByRole('button', { name: step6.addIdea }).click();
      // The title input's label starts with "Idea"; the button that unfolded the form is "Add an idea".
      await board6.getByRole('textbox', { name: step6.ideaLabel }).first().fill(step6.idea);
      await board6.getByRole('button', { name: step6.add, exact: true }).click();
      await message.locator('.ac-adaptiveCard').filter({ hasText: step6.idea }).waitFor();
      await chat.screenshot(`${artifacts}/step-6.png`);
    });
  });

  test('the workshop reaches step 7, where an action item gets an owner, and the facilitator finishes the map', async (t) => {
    await onFailureScreenshot(t, chat, async () => {
      const board7 = await chat.sendAndWaitForCard('go 7', step7.title);
      const message = await chat.messageHolding(board7, 'step-7');
      await board7.getByRole('button', { name: step7.addAction }).click();

      // The form opens in place (the Playground has no dialogs). The Playground renders inputs with Fluent UI: the owner
      // list (the conversation's members, read through the connector) and the date are comboboxes with pop-ups.
      const form = message.locator('.ac-adaptiveCard').filter({ hasText: step7.newAction });
      await form.waitFor();
      await form.getByRole('textbox').first().fill(step7.action);
      const [owner, due] = [form.getByRole('combobox').nth(0), form.getByRole('combobox').nth(1)];
      await owner.click();
      const person = chat.page.getByRole('option').first();
      const name = (await person.innerText()).trim();
      await person.click();
      // The Playground's date picker is a Fluent calendar pop-up that Playwright cannot reach reliably; due dates are
      // covered by tests/JourneyBot.Tests (ImplementStepTests), so the action is saved here without one.
      assert.ok(await due.isVisible(), 'the form has a date picker for the due date');
      await form.getByRole('button', { name: step7.save }).click();

      const planned = message.locator('.ac-adaptiveCard').filter({ hasText: step7.action }).filter({ hasText: step7.noDue });
      await planned.waitFor();
      const plannedText = await planned.innerText();
      assert.ok(plannedText.includes(name), `the board names the owner ${name}:\n${plannedText}`);
      await chat.screenshot(`${artifacts}/step-7.png`);

      await planned.getByRole('button', { name: step7.finishOpen }).click();
      const finishForm = message.locator('.ac-adaptiveCard').filter({ hasText: step7.finishForm });
      await finishForm.waitFor();
      await finishForm.getByRole('button', { name: step7.finish, exact: true }).click();
      const finished = message.locator('.ac-adaptiveCard').filter({ hasText: step7.finished });
      await finished.waitFor();
      assert.ok((await finished.innerText()).includes(step7.action), 'the finished board still lists the action item');
      await chat.screenshot(`${artifacts}/step-7-finished.png`);
    });
  });

  test('the language button turns the help card into Korean in place', async (t) => {
    await onFailureScreenshot(t, chat, async () => {
      await chat.openPersonalChat();
      const help = await chat.sendAndWaitForCard('help', helpCard.title, ...helpCard.steps);
      const button = help.getByRole('button', { name: helpCard.languageButton });
      const message = await chat.messageHolding(help, 'help-then-korean');

      await button.click();

      let korean = message.locator('.ac-adaptiveCard');
      for (const text of [koreanHelpCard.title, ...koreanHelpCard.steps]) korean = korean.filter({ hasText: text });
      await korean.waitFor();
      assert.ok(!(await message.innerText()).includes(helpCard.title), 'the English card is gone from that message');
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
