// Measures whole turns through the bot's real /api/messages: a typed command (reply posted to a connector), a card
// click answered from memory, and workshop clicks that load from and write to Table Storage (answer in the invoke
// response, board redrawn through the connector). Prints figures; asserts nothing about time.
//   BOT_URL=http://127.0.0.1:PORT node tests/bench/turns.mjs [turns] [concurrency]
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const botUrl = process.env.BOT_URL ?? 'http://127.0.0.1:3978';
const turns = Number(process.argv[2] ?? 300);
const concurrency = Number(process.argv[3] ?? 4);

// A loopback Bot Connector that accepts every reply, so the figures are the bot's own.
let nextId = 0;
const connector = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `activity-${++nextId}` }));
  });
});
await new Promise((resolve) => connector.listen(0, '127.0.0.1', resolve));
const serviceUrl = `http://127.0.0.1:${connector.address().port}/_connector/`;

function activity(i, type, extra) {
  return {
    type, id: `bench-${i}`, channelId: 'msteams', serviceUrl, locale: i % 2 ? 'ko-KR' : 'en-US',
    from: { id: `29:user-${i % 20}`, name: `User ${i % 20}`, aadObjectId: `00000000-0000-0000-0000-${String(i % 20).padStart(12, '0')}` },
    recipient: { id: '28:bench-bot', name: 'JourneyBot' },
    conversation: { id: `a:bench-${i % 50}`, conversationType: 'personal', tenantId: 'bench-tenant' },
    channelData: { tenant: { id: 'bench-tenant' } },
    ...extra,
  };
}

// One workshop per bench conversation, started through the setup form's button like a person would.
const run = Date.now().toString(36);
const conversations = 50;
const workshopOf = (i) => `bench${run}c${i % conversations}`;
const click = (i, verb, data) => activity(i, 'invoke', {
  name: 'adaptiveCard/action', replyToId: 'activity-1',
  value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
});

const kinds = {
  'message "help" (card reply via connector)': (i) => activity(i, 'message', { text: 'help' }),
  'invoke "start" (card in the HTTP response)': (i) => activity(i, 'invoke', {
    name: 'adaptiveCard/action', replyToId: 'activity-1',
    value: { action: { type: 'Action.Execute', verb: 'start', data: { lang: i % 2 ? 'ko' : 'en' } }, trigger: 'manual' },
  }),
  'invoke "goal.add" (1 partition read + 1 batch write, board redrawn)': (i) =>
    click(i, 'goal.add', { wid: workshopOf(i), v: 1, seed: `s${run}${i}`, 'goal.text': `Goal number ${i}` }),
  'invoke "workshop.show" (1 partition read)': (i) => click(i, 'workshop.show', { wid: workshopOf(i), v: 1 }),
};

for (let c = 0; c < conversations; c++) {
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify(click(c, 'workshop.create', {
      seed: workshopOf(c), 'setup.name': `Bench ${c}`, 'setup.mapType': 'CurrentState', 'setup.template': 'Saas', 'setup.language': 'en',
    })),
  });
  const answer = await response.json();
  // A figure for a click that found no workshop would measure the wrong thing.
  if (!JSON.stringify(answer).includes('Step 1/7')) throw new Error(`setting up bench workshop ${c} failed: ${JSON.stringify(answer).slice(0, 200)}`);
}

async function post(body) {
  const started = performance.now();
  const response = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return performance.now() - started;
}

function percentile(sorted, p) { return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]; }

for (const [name, make] of Object.entries(kinds)) {
  for (let i = 0; i < 30; i++) await post(make(i)); // warm-up: JIT, connection pools, the reference cache
  const times = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (issued < turns) { const i = issued++; times.push(await post(make(i))); }
  }));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  console.log(`${name}: ${turns} turns, ${concurrency} at a time: p50 ${percentile(times, 50).toFixed(1)} ms, ` +
    `p95 ${percentile(times, 95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms, ${(turns / seconds).toFixed(0)} turns/s`);
}
connector.close();
