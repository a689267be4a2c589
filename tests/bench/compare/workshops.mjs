// The conversations `scripts/bench.sh compare` plays: one Teams group chat with three people, the bot @mentioned in
// every typed message as Teams requires there. A round is one whole workshop: on JourneyBot the turns people take on its
// cards (typed commands and card clicks, steps 1 to 7), on the reference bot the typed answers to its seven prompts.
// Every answer is checked for what it should show, so a refused turn stops the run instead of measuring the wrong thing.
import { performance } from 'node:perf_hooks';

const tenant = 'bench-tenant';
const people = [
  { id: '29:bench-alice', name: 'Alice Kim', aadObjectId: '00000000-0000-0000-0000-0000000000a1' },
  { id: '29:bench-bora', name: 'Bora Park', aadObjectId: '00000000-0000-0000-0000-0000000000b2' },
  { id: '29:bench-chris', name: 'Chris Lee', aadObjectId: '00000000-0000-0000-0000-0000000000c3' },
];
const [alice, bora, chris] = people;

/**
 * One group chat with a bot at botUrl. Every turn is timed (request sent to answer read) and passed to record(kind, ms,
 * what): what is the click's verb or the typed command. With cpu (a function that reads the bot's CPU, and cpuSince, the
 * ms used from one reading to another), record gets the CPU the bot used in that time too, as a fourth argument:
 * meaningful when this is the only conversation and turns do not overlap.
 */
export function groupChat({ botUrl, botName, connector, id, record, cpu, cpuSince }) {
  let sequence = 0;
  const recipient = { id: `28:${botName.toLowerCase()}`, name: botName };
  async function post(type, by, extra) {
    const activityId = `${id}-${++sequence}`;
    const body = JSON.stringify({
      type, id: activityId, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: connector.serviceUrl, locale: 'en-US',
      from: by, recipient,
      conversation: { id, conversationType: 'groupChat', isGroup: true, tenantId: tenant },
      channelData: { tenant: { id: tenant } },
      ...extra,
    });
    const cpuBefore = cpu?.();
    const started = performance.now();
    const response = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    const what = type === 'message' ? extra.text.replace(/^<at>[^<]*<\/at> /, '').slice(0, 40) : extra.value.action.verb;
    record(type === 'message' ? 'typed' : 'click', performance.now() - started, what, cpu ? cpuSince(cpuBefore, cpu()) : undefined);
    if (!response.ok) throw new Error(`${botName}: /api/messages answered HTTP ${response.status} to a ${type}: ${text.slice(0, 300)}`);
    return { activityId, answer: text ? JSON.parse(text) : null };
  }

  return {
    /** by types text; returns the bot's reply to it: its id at the connector, its text and its card (if any). */
    async say(text, by = alice) {
      const mention = `<at>${botName}</at>`;
      const { activityId } = await post('message', by, {
        text: `${mention} ${text}`, textFormat: 'plain',
        entities: [{ type: 'mention', mentioned: recipient, text: mention }, { type: 'clientInfo', locale: 'en-US', timezone: 'Asia/Seoul' }],
      });
      const reply = connector.takeReply(activityId);
      if (!reply) throw new Error(`${botName}: "${text}" got no reply`);
      const card = reply.activity.attachments?.find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
      return { message: reply.id, text: reply.activity.text ?? '', card };
    },

    /**
     * by clicks the verb's Action.Execute button (the first whose data passes where) on a card of the message, with inputs
     * the card has, as Teams does; returns the card in the invoke response.
     */
    async click(message, card, verb, inputs = {}, by = alice, where = () => true) {
      const found = parts(card);
      const action = found.actions.find((candidate) => candidate.verb === verb && where(candidate.data ?? {}));
      if (!action) throw new Error(`${botName}: no "${verb}" button on the card: ${JSON.stringify(card).slice(0, 300)}`);
      for (const name of Object.keys(inputs)) {
        if (!found.inputs.has(name)) throw new Error(`${botName}: "${verb}": the card has no input ${name}`);
      }
      const { answer } = await post('invoke', by, {
        name: 'adaptiveCard/action', replyToId: message,
        value: { action: { type: 'Action.Execute', verb, data: { ...action.data, ...inputs } }, trigger: 'manual' },
      });
      if (answer?.type !== 'application/vnd.microsoft.card.adaptive') {
        throw new Error(`${botName}: "${verb}" answered without a card: ${JSON.stringify(answer).slice(0, 300)}`);
      }
      return answer.value;
    },
  };
}

/** What a card offers: its Action.Execute buttons and its inputs, wherever they are (folded forms included). */
function parts(node, found = { actions: [], inputs: new Set() }) {
  if (Array.isArray(node)) for (const child of node) parts(child, found);
  else if (node && typeof node === 'object') {
    if (node.type === 'Action.Execute') found.actions.push(node);
    if (typeof node.type === 'string' && node.type.startsWith('Input.')) found.inputs.add(node.id);
    for (const value of Object.values(node)) parts(value, found);
  }
  return found;
}

function expect(card, text, what) {
  if (!JSON.stringify(card ?? null).includes(text)) throw new Error(`${what}: expected "${text}" in ${JSON.stringify(card).slice(0, 300)}`);
  return card;
}

/**
 * One workshop on JourneyBot, the way a team does it in a group chat (tests/JourneyBot.Tests/Workshops/WalkthroughTests.cs):
 * Alice types start and sets it up; Bora and Chris add the two goals; the example personas; next; Bora writes and scores
 * a cell of the first stage; Alice refreshes and reveals the scores; typed next; Chris adds a touchpoint; Refresh; next;
 * Bora adds a KPI; Alice types status and moves on through steps 5, 6 and 7. 23 turns, 3 typed and 20 clicks, most of
 * them loading and saving the workshop's partition; in a group chat each change has the board redrawn for everyone a
 * moment later (a PUT to the connector after the click has answered). From the second round on, start finds the last
 * workshop still running and asks; Alice starts a new one beside it: one click more.
 */
export async function journeyBotRound(chat, name) {
  const started = await chat.say('start');
  const first = started.message;
  const setup = parts(started.card).actions.some((action) => action.verb === 'workshop.create')
    ? started.card
    : expect(await chat.click(first, started.card, 'workshop.setup'), 'workshop.create', 'start a new workshop');
  let board = await chat.click(first, setup, 'workshop.create', {
    'setup.name': name, 'setup.mapType': 'CurrentState', 'setup.template': 'Saas', 'setup.language': 'en',
  });
  expect(board, 'Step 1/7', 'workshop.create');
  board = await chat.click(first, board, 'goal.add', { 'goal.text': 'Find where trial users stall before they see value' }, bora);
  board = await chat.click(first, board, 'goal.add', { 'goal.text': 'Shorten the time to the first report' }, chris);
  board = expect(await chat.click(first, board, 'persona.loadExamples'), 'Shorten the time', 'persona.loadExamples');
  board = expect(await chat.click(first, board, 'workshop.next'), 'Step 2/7', 'workshop.next');

  const stage = parts(board).actions.find((action) => action.verb === 'stage.open').data.stage;
  const stageCard = await chat.click(first, board, 'stage.open', {}, bora, (data) => data.stage === stage);
  const cellAction = parts(stageCard).actions.find((action) => action.verb === 'cell.edit');
  const cell = cellAction.data.cell;
  const form = await chat.click(first, stageCard, 'cell.edit', {}, bora, (data) => data.cell === cell);
  const saved = await chat.click(first, form, 'cell.save', {
    'cell.customerGoal': 'Decide quickly whether the product fits how the team works',
    'cell.actions': 'Reads the pricing page, asks a colleague, starts a trial',
    'cell.thoughtsAndQuestions': 'Can we bring our spreadsheets along?',
    'cell.painPoints': 'The team plan is hard to find on the pricing page',
  }, bora);
  const scored = await chat.click(first, saved, 'emotion.score', { [`emotion.score.${cell}`]: '-1', [`emotion.word.${cell}`]: 'doubtful' }, bora, (data) => data.cell === cell);
  board = await chat.click(first, scored, 'workshop.show', {}, alice);
  expect(await chat.click(first, board, 'emotion.reveal'), 'Step 2/7', 'emotion.reveal');

  const moved = await chat.say('next');
  const second = moved.message;
  board = expect(moved.card, 'Step 3/7', 'typed next');
  const touchpoints = await chat.click(second, board, 'touchpoint.openStage', {}, chris, (data) => data.stage === stage);
  const added = await chat.click(second, touchpoints, 'touchpoint.add', {
    'touchpoint.name': 'Pricing page', 'touchpoint.category': 'Marketing', 'touchpoint.mode': 'Online',
    'touchpoint.channel': 'Website', 'touchpoint.owningTeam': 'Growth',
  }, chris);
  board = expect(await chat.click(second, added, 'workshop.show', {}, alice), 'Pricing page', 'Refresh');
  board = expect(await chat.click(second, board, 'workshop.next'), 'Step 4/7', 'workshop.next');
  const data = await chat.click(second, board, 'feedback.openStage', {}, bora, (d) => d.stage === stage);
  await chat.click(second, data, 'kpi.add', { 'kpi.name': 'Trial sign-ups', 'kpi.value': '1200', 'kpi.source': 'WebAnalytics', 'kpi.volume': 'true' }, bora);

  const status = await chat.say('status');
  board = expect(status.card, 'Step 4/7', 'typed status');
  board = expect(await chat.click(status.message, board, 'workshop.next'), 'Step 5/7', 'workshop.next');
  board = expect(await chat.click(status.message, board, 'workshop.next'), 'Step 6/7', 'workshop.next');
  expect(await chat.click(status.message, board, 'workshop.next'), 'Step 7/7', 'workshop.next');
}
/** How many turns a conversation takes on JourneyBot in its first `rounds` rounds. */
export const journeyBotTurns = (rounds) => 23 + 24 * (rounds - 1);

/** What a team types to the reference bot's seven prompts, each answer as long as a person would write it. */
const answers = [
  'Find where trial users stall before they see value and shorten the time to the first report; personas: a startup founder, a team lead in a mid-size company, an IT administrator',
  'Awareness, consideration, trial, onboarding, first value, purchase, adoption, renewal; in the trial they read the pricing page, ask a colleague and wonder whether their spreadsheets come along',
  'Blog posts and the pricing page (online, marketing), the sales call (offline, sales), onboarding e-mails (online, customer success), the in-app checklist (online, product)',
  'Trial sign-ups 1,200 a month from web analytics, satisfaction 4 of 5 for the pricing page, and a support ticket review from the last 90 days',
  'The map shows eight stages for three personas; the emotion curve drops at onboarding; KPIs are missing for renewal',
  'The team plan is hard to find, the onboarding e-mail arrives a day late, and the first report takes too long to build',
  'Growth owns a clearer pricing page by next month, customer success sends the onboarding e-mail at once, and we look at the map again in a quarter',
];

/** One workshop on the reference bot: "start", then one typed answer to each of its seven prompts. 8 typed turns. */
export async function referenceRound(chat) {
  let reply = await chat.say('start');
  for (const [i, answer] of answers.entries()) {
    if (!reply.text.startsWith(`Step ${i + 1}/7`)) throw new Error(`reference bot: expected its prompt for step ${i + 1}, got "${reply.text.slice(0, 120)}"`);
    reply = await chat.say(answer, people[i % people.length]);
  }
  if (!/^Workshop \d+ is complete/.test(reply.text)) throw new Error(`reference bot: expected the summary, got "${reply.text.slice(0, 120)}"`);
}
/** How many turns a conversation takes on the reference bot in its first `rounds` rounds. */
export const referenceTurns = (rounds) => 8 * rounds;
