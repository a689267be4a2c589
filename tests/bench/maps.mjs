// Measures serving the map behind its signed links over HTTP, end to end: a workshop filled by clicking the cards the bot
// sends through its real /api/messages (local mode, a loopback connector), the map card's links, then the first picture
// (load + render) and the same picture and page again and again (load + cache). Prints figures; asserts nothing about time.
//   BOT_URL=http://127.0.0.1:PORT node tests/bench/maps.mjs [requests] [concurrency]
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const botUrl = process.env.BOT_URL ?? 'http://127.0.0.1:3978';
const requests = Number(process.argv[2] ?? 200);
const concurrency = Number(process.argv[3] ?? 8);

// A loopback Bot Connector that accepts every reply and keeps it, with the activity it answers (the end of its path):
// typed commands (go, map) answer through it, and clicks redraw the board through it too.
const posted = [];
const connector = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    if (body) posted.push({ method: req.method, to: decodeURIComponent(req.url.split('/').pop()), activity: JSON.parse(body) });
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `activity-${posted.length}` }));
  });
});
await new Promise((resolve) => connector.listen(0, '127.0.0.1', resolve));
const serviceUrl = `http://127.0.0.1:${connector.address().port}/_connector/`;

// One facilitator in a personal chat, in Korean, like the 5x8 map the Maps benchmarks draw.
const run = Date.now().toString(36);
let nextId = 0;
async function send(extra) {
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: `maps-${run}-${++nextId}`, channelId: 'msteams', serviceUrl, locale: 'ko-KR',
      from: { id: '29:bench-fran', name: 'Fran', aadObjectId: '00000000-0000-0000-0000-0000000000f1' },
      recipient: { id: '28:bench-bot', name: 'JourneyBot' },
      conversation: { id: `a:maps-${run}`, conversationType: 'personal', tenantId: 'bench-tenant' },
      channelData: { tenant: { id: 'bench-tenant' } },
      ...extra,
    }),
  });
  if (!response.ok) throw new Error(`/api/messages answered HTTP ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

// What a card offers: its Action.Execute buttons, inputs (with choices), images and Action.OpenUrl links.
function parts(node, found = { actions: [], inputs: new Map(), images: [], urls: [] }) {
  if (Array.isArray(node)) for (const child of node) parts(child, found);
  else if (node && typeof node === 'object') {
    if (node.type === 'Action.Execute') found.actions.push(node);
    if (node.type === 'Action.OpenUrl') found.urls.push(node.url);
    if (node.type === 'Image') found.images.push(node.url);
    if (typeof node.type === 'string' && node.type.startsWith('Input.')) found.inputs.set(node.id, node);
    for (const value of Object.values(node)) parts(value, found);
  }
  return found;
}

function button(card, verb, where = () => true) {
  const action = parts(card).actions.find((candidate) => candidate.verb === verb && where(candidate.data ?? {}));
  if (!action) throw new Error(`no "${verb}" button on the card: ${JSON.stringify(card).slice(0, 300)}`);
  return action;
}

// Clicks a button like Teams does: the card's inputs go along in the action's data. Only inputs the card has are sent,
// and a choice must be one the card offers, so a change to the cards shows up here instead of as a smaller map.
async function click(card, verb, inputs = {}, where) {
  const action = button(card, verb, where);
  const offered = parts(card).inputs;
  for (const [id, value] of Object.entries(inputs)) {
    const input = offered.get(id);
    if (!input) throw new Error(`"${verb}": the card has no input ${id}`);
    if (input.choices && !input.choices.some((choice) => choice.value === value)) {
      throw new Error(`"${verb}": ${id} offers ${input.choices.map((choice) => choice.value).join(', ')}, not ${value}`);
    }
  }
  const answer = await send({
    type: 'invoke', name: 'adaptiveCard/action', replyToId: 'activity-1',
    value: { action: { type: 'Action.Execute', verb, data: { ...action.data, ...inputs } }, trigger: 'manual' },
  });
  if (answer?.value?.type !== 'AdaptiveCard' && answer?.type !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`"${verb}" answered without a card: ${JSON.stringify(answer).slice(0, 300)}`);
  }
  return answer.value;
}

// A typed command; its card arrives at the connector as the reply to it. Only that reply will do: a board redrawn for an
// earlier click can arrive meanwhile, and its buttons would be a version behind.
async function say(text) {
  await send({ type: 'message', text });
  const id = `maps-${run}-${nextId}`;
  const reply = posted.find((post) => post.method === 'POST' && post.to === id);
  const card = reply?.activity.attachments?.find((attachment) => attachment.content?.type === 'AdaptiveCard');
  if (!card) throw new Error(`"${text}" got no card in reply`);
  return card.content;
}

// The workshop: two goals, the three example personas and two more, every cell of the 8 SaaS stages written and scored,
// the scores revealed, two touchpoints a stage.
const fillStarted = performance.now();
const seed = `maps${run}`;
let board = await send({
  type: 'invoke', name: 'adaptiveCard/action', replyToId: 'activity-1',
  value: {
    action: {
      type: 'Action.Execute', verb: 'workshop.create',
      data: { seed, 'setup.name': '인바운드 마케팅의 빈틈 찾기 — 벤치마크 워크숍', 'setup.mapType': 'CurrentState', 'setup.template': 'Saas', 'setup.language': 'ko' },
    },
    trigger: 'manual',
  },
}).then((answer) => answer?.value);
// A figure for a map that never started would measure the wrong thing.
if (!JSON.stringify(board ?? null).includes('goal.add')) throw new Error(`setting up the bench workshop failed: ${JSON.stringify(board).slice(0, 200)}`);
for (const goal of ['체험판 사용자가 이탈하는 지점을 찾는다', '첫 가치를 느끼기까지의 시간을 줄인다']) {
  board = await click(board, 'goal.add', { 'goal.text': goal });
}
board = await click(board, 'persona.loadExamples');
for (const [name, job] of [['프리랜서 디자이너', '1인 디자인 스튜디오 운영'], ['대학생 인턴', '마케팅팀 인턴']]) {
  board = await click(board, 'persona.add', {
    'persona.name': name, 'persona.role.jobTitle': job,
    'persona.goals': '적은 시간으로 팀과 함께 결과물을 빠르게 내고 싶다',
    'persona.painPoints': '도구가 너무 많아 무엇을 써야 할지 모르겠다',
    'persona.preferredChannels': '이메일, 커뮤니티, 유튜브',
  });
}

const notes = {
  'cell.customerGoal': '우리 팀의 업무 방식에 이 제품이 정말 맞는지, 기존 스프레드시트에서 옮겨 올 가치가 있는지 빠르게 판단하고 싶다',
  'cell.actions': '블로그 글을 읽고 가격 페이지를 비교한 뒤 동료에게 의견을 묻는다. 무료 체험을 시작하고 튜토리얼 영상을 본다',
  'cell.thoughtsAndQuestions': '지금 쓰는 도구에서 데이터를 그대로 가져올 수 있을까? 팀 요금제는 얼마일까?',
  'cell.painPoints': '가격 페이지에서 팀 요금제가 잘 보이지 않고, 온보딩 메일이 하루 늦게 도착한다',
};
board = await say('go 2');
const stages = parts(board).actions.filter((action) => action.verb === 'stage.open').map((action) => action.data.stage);
let cells = 0;
for (const stage of stages) {
  // The stage card shows personas a page at a time (data n = the first shown); saving and scoring answer with the board,
  // so each cell starts from the stage's button on the board and, past the first page, the stage card's next page.
  const nextPage = (card, shown) => parts(card).actions.find((action) => action.verb === 'stage.open' && action.data.stage === stage && action.data.n > shown)?.data.n;
  const openPage = async (first) => {
    let card = await click(board, 'stage.open', {}, (data) => data.stage === stage);
    for (let shown = 0; shown < first;) {
      const n = nextPage(card, shown);
      card = await click(card, 'stage.open', {}, (data) => data.stage === stage && data.n === n);
      shown = n;
    }
    return card;
  };
  const pages = [];
  for (let card = await openPage(0), first = 0; ;) {
    pages.push(...parts(card).actions.filter((action) => action.verb === 'cell.edit').map((action) => ({ cell: action.data.cell, first })));
    const n = nextPage(card, first);
    if (n === undefined) break;
    card = await click(card, 'stage.open', {}, (data) => data.stage === stage && data.n === n);
    first = n;
  }
  for (const { cell, first } of pages) {
    const form = await click(await openPage(first), 'cell.edit', {}, (data) => data.cell === cell);
    board = await click(form, 'cell.save', notes);
    board = await click(await openPage(first), 'emotion.score', {
      [`emotion.score.${cell}`]: String([2, 1, 0, -1, -2][cells % 5]), [`emotion.word.${cell}`]: ['신남', '기대', '보통', '답답함', '실망'][cells % 5],
    }, (data) => data.cell === cell);
    cells++;
  }
}
// The last score's answer is the step 2 board as it is now: its reveal button carries the current version.
board = await click(board, 'emotion.reveal');

board = await say('go 3');
let touchpoints = 0;
for (const stage of stages) {
  for (const [name, mode] of [['블로그 글', 'Online'], ['영업 상담 전화', 'Offline']]) {
    // Adding answers with the board, so each touchpoint starts from the stage's button on it, as a person's would.
    const stageCard = await click(board, 'touchpoint.openStage', {}, (data) => data.stage === stage);
    board = await click(stageCard, 'touchpoint.add', {
      'touchpoint.name': name, 'touchpoint.category': mode === 'Online' ? 'Marketing' : 'Sales', 'touchpoint.mode': mode,
      'touchpoint.channel': mode === 'Online' ? '회사 블로그' : '전화', 'touchpoint.owningTeam': mode === 'Online' ? '마케팅팀' : '영업팀',
    });
    touchpoints++;
  }
}

// The map card, as the map command posts it: the picture on it, the page and exports behind its buttons.
const mapCard = await say('map');
const { images, urls } = parts(mapCard);
const picture = images.find((url) => url.includes('/maps/'));
const page = urls.find((url) => new URL(url).pathname.endsWith('.html'));
if (!picture || !page) throw new Error(`the map card has no picture or page link: ${JSON.stringify({ images, urls })}`);
const fillEnded = performance.now();
async function get(url) {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${new URL(url).pathname} answered HTTP ${response.status}`);
  return { ms: performance.now() - started, body: Buffer.from(body), type: response.headers.get('content-type') };
}

function percentile(sorted, p) { return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]; }

async function measure(name, url, atOnce) {
  const times = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: atOnce }, async () => {
    while (issued < requests) { issued++; times.push((await get(url)).ms); }
  }));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  console.log(`${name}: ${requests} GETs, ${atOnce} at a time: p50 ${percentile(times, 50).toFixed(2)} ms, ` +
    `p95 ${percentile(times, 95).toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms, ${(requests / seconds).toFixed(0)} req/s`);
}

// Nothing has asked for this revision's outputs yet, so the first GET of each loads the workshop and renders.
const firstPicture = await get(picture);
const firstPage = await get(page);
// What the page shows is what was saved: a click refused along the way would leave a smaller map than the figures claim.
const shownCells = firstPage.body.toString('utf8').split(notes['cell.actions']).length - 1;
if (shownCells !== cells) throw new Error(`${cells} cells written but the page shows ${shownCells}`);
if (firstPage.body.toString('utf8').includes('진행자가 공개할 때까지')) throw new Error('the scores were not revealed');
console.log(`map: ${stages.length} stages x ${cells / stages.length} personas, ${cells} cells written and scored, ${touchpoints} touchpoints; ` +
  `filled in ${((fillEnded - fillStarted) / 1000).toFixed(1)} s by ${nextId} turns`);
// A PNG's IHDR chunk holds its width and height, big-endian, 16 bytes in.
console.log(`picture (${firstPicture.type}): first GET (load + render) ${firstPicture.ms.toFixed(1)} ms, ` +
  `${firstPicture.body.length.toLocaleString('en')} bytes, ${firstPicture.body.readUInt32BE(16)}x${firstPicture.body.readUInt32BE(20)} px`);
console.log(`page (${firstPage.type}): first GET (load + render) ${firstPage.ms.toFixed(1)} ms, ${firstPage.body.length.toLocaleString('en')} bytes`);
for (const [name, url] of [['cached picture', picture], ['cached page', page]]) {
  for (let i = 0; i < 20; i++) await get(url); // warm-up: connection pool, JIT of the cached path
  await measure(name, url, 1);
  await measure(name, url, concurrency);
}
connector.close();
