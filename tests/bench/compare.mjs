// JourneyBot side by side with a reference bot on the Bot Framework JS SDK (tests/bench/reference-bot), under the same
// conversation-shaped load, one bot at a time, both on the same Azurite (issue 13). Prints figures; asserts nothing about
// time. Started by `scripts/bench.sh compare`, which builds JourneyBot, installs the reference bot and starts Azurite:
//   AZURITE_TABLE_PORT=... AZURITE_BLOB_PORT=... [AZURITE_PIDS="pid pid"] [BENCH_WORK=dir] \
//     node tests/bench/compare.mjs [conversations[,conversations...]] [rounds]
//     node tests/bench/compare.mjs first [starts]     only each bot's first answer after start, that many starts each
//     node tests/bench/compare.mjs kinds [rounds]     each bot's CPU per turn, per click and per typed turn: one conversation,
//                                                     turn after turn, each turn's CPU read from the scheduler (threadsCpu)
// JOURNEYBOT_DLL=path picks another build of JourneyBot (e.g. a ReadyToRun publish); BENCH_BOTS=JourneyBot (or reference)
// runs only that bot (for a profile of it under the same load: scripts/profile.sh).
//
// For each bot: start it (JourneyBot: the Release build in local mode with Cards__Forms=Inline, as bench.sh runs it; the
// reference bot: node, no app id) and time its first answered turn; warm it up with two rounds of the first load; then
// for each load, N group chats at once, each playing `rounds` whole workshops one after another (tests/bench/compare/
// workshops.mjs), and wait until the connector has had nothing for 3 s (the board redraws JourneyBot sends after a click)
// and the bot's process is idle again (.NET compiles hot code in the background after a burst).
// Both bots reach Azurite only through counting proxies here and answer to the same loopback connector, so storage
// operations and connector calls are counted the same way for both.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startConnector, startCountingProxy } from './compare/edges.mjs';
import { cpuMs, freePort, rssMiB, startBot, threadsCpu, threadsCpuSince } from './compare/proc.mjs';
import { groupChat, journeyBotRound, journeyBotTurns, referenceRound, referenceTurns } from './compare/workshops.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const firstOnly = process.argv[2] === 'first';
const kindsOnly = process.argv[2] === 'kinds';
const loads = firstOnly || kindsOnly ? [1] : String(process.argv[2] ?? '20').split(',').map(Number);
const rounds = Number(process.argv[3] ?? 5);
if (loads.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(rounds) || rounds < 1) {
  throw new Error('usage: compare.mjs [conversations[,conversations...]] [rounds]  (whole numbers from 1)');
}
const tablePort = Number(process.env.AZURITE_TABLE_PORT);
const blobPort = Number(process.env.AZURITE_BLOB_PORT);
if (!tablePort || !blobPort) throw new Error('AZURITE_TABLE_PORT and AZURITE_BLOB_PORT must name the running Azurite');
const azuritePids = (process.env.AZURITE_PIDS ?? '').split(/\s+/).filter(Boolean).map(Number);
const work = process.env.BENCH_WORK ?? fs.mkdtempSync(path.join(os.tmpdir(), 'compare-'));
const settleQuietMs = 3000;
const warmUpRounds = 2;

const accountKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const account = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${accountKey}`;
const connector = await startConnector();
const tables = await startCountingProxy(tablePort);
const blobs = await startCountingProxy(blobPort);
const run = Date.now().toString(36);

const bots = [
  {
    name: 'JourneyBot', key: 'jb', round: journeyBotRound, turns: journeyBotTurns, firstWords: 'help',
    start: (port) => startBot('dotnet', [process.env.JOURNEYBOT_DLL || path.join(root, 'src/JourneyBot/bin/Release/net10.0/JourneyBot.dll'), '--urls', `http://127.0.0.1:${port}`], {
      ASPNETCORE_ENVIRONMENT: 'Development', Logging__LogLevel__Default: 'Warning', Cards__Forms: 'Inline',
      // As deployed (docs/deploy.md); BENCH_INLINE_COMPLETIONS=0 measures without it.
      DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS: process.env.BENCH_INLINE_COMPLETIONS ?? '1',
      ConnectionStrings__Tables: `${account};TableEndpoint=http://127.0.0.1:${tables.port}/devstoreaccount1;`,
      Maps__PublicBaseUrl: `http://127.0.0.1:${port}`,
    }, path.join(work, 'journeybot.log')),
  },
  {
    name: 'reference', key: 'ref', round: referenceRound, turns: referenceTurns, firstWords: 'hello',
    start: (port) => startBot(process.execPath, [path.join(root, 'tests/bench/reference-bot/bot.js')], {
      PORT: String(port), BLOB_CONNECTION_STRING: `${account};BlobEndpoint=http://127.0.0.1:${blobs.port}/devstoreaccount1;`,
    }, path.join(work, 'reference-bot.log')),
  },
].filter((bot) => !process.env.BENCH_BOTS || process.env.BENCH_BOTS.split(',').includes(bot.name));
if (bots.length === 0) throw new Error(`BENCH_BOTS names no bot: ${process.env.BENCH_BOTS}`);

function snapshot(pid) {
  return {
    at: performance.now(), cpu: cpuMs(pid), azurite: azuritePids.reduce((sum, azurite) => sum + cpuMs(azurite), 0),
    connector: { ...connector.counts }, tables: { ...tables.counts }, blobs: { ...blobs.counts },
  };
}

/**
 * Until the bot's process has used at most 20 ms of CPU in each of two half seconds running (or maxMs passed). .NET
 * compiles the code a burst of turns made hot (tier 1) in the background once the burst is over; that is the turns' cost.
 */
async function untilIdle(pid, maxMs) {
  const started = performance.now();
  for (let quiet = 0, last = cpuMs(pid); quiet < 2 && performance.now() - started < maxMs;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = cpuMs(pid);
    quiet = now - last <= 20 ? quiet + 1 : 0;
    last = now;
  }
}

/** Time from starting the process to its first answered turn: a typed message until the bot answers it and replies. */
async function firstAnswer(bot, port, startedAt, child) {
  const chat = groupChat({ botUrl: `http://127.0.0.1:${port}`, botName: bot.name, connector, id: `19:${run}-${bot.key}-first@thread.v2`, record: () => {} });
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${bot.name} exited before answering; see ${work}`);
    if (performance.now() - startedAt > 120_000) throw new Error(`${bot.name} did not answer within 120 s; see ${work}`);
    try {
      await chat.say(bot.firstWords);
      return performance.now() - startedAt;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** N group chats at once, each playing rounds workshops; the turn latencies, by kind. */
async function load(bot, port, label, conversations, roundsEach) {
  const samples = [];
  await Promise.all(Array.from({ length: conversations }, async (_, c) => {
    const chat = groupChat({
      botUrl: `http://127.0.0.1:${port}`, botName: bot.name, connector, id: `19:${run}-${bot.key}-${label}-${c}@thread.v2`,
      record: (kind, ms, what) => samples.push({ kind, ms, what }),
    });
    for (let r = 0; r < roundsEach; r++) await bot.round(chat, `Bench ${label} ${c}.${r}`);
  }));
  return samples;
}

/**
 * Both runtimes compile as they go (.NET's tiered JIT, V8): two rounds of `conversations` at once, not measured, come
 * first. Two, not one: a round runs each step's code once per conversation, and .NET compiles a method optimized only
 * after 30 calls, so after one round of 20 conversations the steps' code was still being compiled in the measured run.
 * Then wait until the late board redraws are sent and the process is idle again.
 */
async function warmUp(bot, port, child, conversations, started) {
  console.log(`${bot.name}: ${started}; warming up (${conversations} conversations, ${warmUpRounds} rounds)`);
  await load(bot, port, 'warm', conversations, warmUpRounds);
  await connector.settle(settleQuietMs, 60_000);
  await untilIdle(child.pid, 60_000);
}

if (firstOnly) {
  // Cold starts only: each bot started `rounds` times, each time timed to its first answer, then stopped.
  for (const bot of bots) {
    // Wall time and the process's CPU time until then: on a busy machine the first grows with the load, the second less.
    const times = [], cpus = [];
    for (let start = 0; start < rounds; start++) {
      const port = await freePort();
      const startedAt = performance.now();
      const child = bot.start(port);
      try {
        times.push(await firstAnswer(bot, port, startedAt, child));
        cpus.push(cpuMs(child.pid));
      } finally {
        await child.stop();
      }
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)].toFixed(0);
    console.log(`${bot.name}: first answer after start, ${rounds} starts: ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(times)}); ` +
      `CPU until then ${cpus.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(cpus)})`);
  }
  connector.close(); tables.close(); blobs.close();
  process.exit(0);
}

if (kindsOnly) {
  // What one turn of each kind costs each bot, turn by turn: the load's turns played by one conversation, so no two turns
  // overlap and each turn's CPU is the bot's CPU between its request and its answer. Work a turn leaves for later (a
  // group chat's board redraw a moment after a JourneyBot click) lands in whatever turn runs then, or between turns.
  for (const bot of bots) {
    const port = await freePort();
    const child = bot.start(port);
    try {
      const first = await firstAnswer(bot, port, performance.now(), child);
      await warmUp(bot, port, child, 20, `first answer ${first.toFixed(0)} ms after start`);
      console.log(`${bot.name}: measuring one conversation x ${rounds} rounds, turn after turn (process ${child.pid})`);
      const samples = [];
      const chat = groupChat({
        botUrl: `http://127.0.0.1:${port}`, botName: bot.name, connector, id: `19:${run}-${bot.key}-kinds@thread.v2`,
        record: (kind, ms, what, cpu) => samples.push({ kind, what, cpu }),
        cpu: () => threadsCpu(child.pid), cpuSince: threadsCpuSince,
      });
      // The total from /proc/<pid>/stat, which keeps the time of threads that ended (to 10 ms: plenty for hundreds of turns).
      const before = cpuMs(child.pid);
      for (let r = 0; r < rounds; r++) await bot.round(chat, `Bench kinds ${r}`);
      await connector.settle(settleQuietMs, 60_000);
      await untilIdle(child.pid, 60_000);
      const total = cpuMs(child.pid) - before;
      const inTurns = samples.reduce((sum, s) => sum + s.cpu, 0);
      const line = (label, of) => {
        const cpus = of.map((s) => s.cpu).sort((a, b) => a - b);
        const mean = cpus.reduce((a, b) => a + b, 0) / cpus.length;
        return `${label.padEnd(50)}${String(cpus.length).padStart(6)}${mean.toFixed(2).padStart(10)}${cpus[Math.floor(cpus.length / 2)].toFixed(2).padStart(10)}`;
      };
      console.log(`\n${bot.name}, one conversation, ${samples.length} turns: CPU ms of the bot process in each turn (mean, median)`);
      console.log(`${''.padEnd(50)}${'turns'.padStart(6)}${'mean'.padStart(10)}${'median'.padStart(10)}`);
      console.log(line('every turn', samples));
      for (const kind of ['click', 'typed']) {
        const of = samples.filter((s) => s.kind === kind);
        if (of.length > 0) console.log(line(`every ${kind === 'click' ? 'click' : 'typed turn'}`, of));
      }
      const kinds = [...new Set(samples.map((s) => `${s.kind} ${s.what}`))];
      for (const kind of kinds.sort()) console.log(line(`  ${kind}`, samples.filter((s) => `${s.kind} ${s.what}` === kind)));
      console.log(`CPU between turns and after the last (redraws, timers, compilation): ${((total - inTurns) / samples.length).toFixed(2)} ms per turn`);
    } finally {
      await child.stop();
    }
  }
  connector.close(); tables.close(); blobs.close();
  process.exit(0);
}

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const results = new Map(loads.map((n) => [n, {}]));
const firstAnswers = {};
console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ` +
  `${loads.join(' and ')} conversations at once, ${rounds} round${rounds === 1 ? '' : 's'} each; one bot at a time`);

// A bot that fails a turn stops its own run (a refused turn would measure the wrong thing); the other bot's figures, and
// its own loads finished before, are still printed, and the driver ends with an error.
const failures = [];
for (const bot of bots) {
  const port = await freePort();
  const startedAt = performance.now();
  const child = bot.start(port);
  try {
    firstAnswers[bot.name] = await firstAnswer(bot, port, startedAt, child);
    await warmUp(bot, port, child, loads[0], `first answer ${firstAnswers[bot.name].toFixed(0)} ms after start`);
    for (const conversations of loads) {
      console.log(`${bot.name}: measuring ${conversations} conversations x ${rounds} rounds (process ${child.pid})`);
      const before = snapshot(child.pid);
      const samples = await load(bot, port, `n${conversations}`, conversations, rounds);
      const loadEnded = snapshot(child.pid);
      // The work of these turns is done once the connector has had nothing for a while (the board redraws after the
      // clicks have come) and the bot's process is idle again (its background compilation is done).
      let lastCall = loadEnded;
      connector.onCall = () => { lastCall = { at: performance.now() }; };
      await connector.settle(settleQuietMs, 60_000);
      connector.onCall = () => {};
      await untilIdle(child.pid, 60_000);
      const after = snapshot(child.pid);
      const turns = samples.length;
      if (turns !== conversations * bot.turns(rounds)) throw new Error(`${bot.name}: ${turns} turns recorded, ${conversations * bot.turns(rounds)} expected`);
      const all = samples.map((s) => s.ms).sort((a, b) => a - b);
      const ofKind = (kind) => samples.filter((s) => s.kind === kind).map((s) => s.ms).sort((a, b) => a - b);
      const delta = (group, key) => (after[group][key] ?? 0) - (before[group][key] ?? 0);
      const methods = (group) => Object.keys(after[group]).filter((key) => key !== 'requests' && delta(group, key) > 0)
        .map((key) => `${key} ${(delta(group, key) / turns).toFixed(2)}`).join(', ');
      results.get(conversations)[bot.name] = {
        turns, typed: ofKind('typed').length, clicks: ofKind('click').length,
        perSecond: turns / ((loadEnded.at - before.at) / 1000),
        p50: percentile(all, 50), p90: percentile(all, 90), p99: percentile(all, 99), max: all.at(-1),
        typedP50: percentile(ofKind('typed'), 50), clickP50: percentile(ofKind('click'), 50),
        cpuPerTurn: (after.cpu - before.cpu) / turns, cpuAfterLoadPerTurn: (after.cpu - loadEnded.cpu) / turns,
        storagePerTurn: (delta('tables', 'requests') + delta('blobs', 'requests')) / turns,
        storageDetail: [['table', 'tables'], ['blob', 'blobs']].filter(([, group]) => delta(group, 'requests') > 0)
          .map(([name, group]) => `${name}: ${methods(group)}`).join('; '),
        connectorPerTurn: (delta('connector', 'POST') + delta('connector', 'PUT') + delta('connector', 'DELETE') + delta('connector', 'other')) / turns,
        posts: delta('connector', 'POST'), puts: delta('connector', 'PUT'),
        afterLoad: Object.values(after.connector).reduce((a, b) => a + b) - Object.values(loadEnded.connector).reduce((a, b) => a + b),
        slowest: [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5).map((s) => `${s.kind} ${s.what} ${s.ms.toFixed(0)}`).join(', '),
        rss: rssMiB(child.pid), azuritePerTurn: azuritePids.length ? (after.azurite - before.azurite) / turns : NaN,
      };
      console.log(`${bot.name}: ${conversations} conversations x ${rounds} rounds, ${turns} turns in ${((loadEnded.at - before.at) / 1000).toFixed(1)} s; ` +
        `the last connector call ${((lastCall.at - loadEnded.at) / 1000).toFixed(1)} s and idle ${((after.at - loadEnded.at) / 1000).toFixed(1)} s after the last turn`);
    }
  } catch (error) {
    failures.push(`${bot.name}: ${error.message}`);
    console.log(`${bot.name} stopped: ${error.message}`);
  } finally {
    await child.stop();
  }
}
connector.close(); tables.close(); blobs.close();

const number = (value, digits = 1) => Number.isFinite(value) ? value.toFixed(digits) : '-';
console.log(`\nfirst answer after start (process started to the first typed message answered): ` +
  bots.map((bot) => `${bot.name} ${number(firstAnswers[bot.name], 0)} ms`).join(', '));
for (const [conversations, by] of results) {
  const measured = bots.filter((bot) => by[bot.name]);
  if (measured.length === 0) continue;
  const columns = measured.map((bot) => by[bot.name]);
  const rows = [
    ['turns (typed + clicks)', (r) => `${r.turns} (${r.typed} + ${r.clicks})`],
    ['turns per second', (r) => number(r.perSecond)],
    ['latency p50 / p90 / p99 / max ms', (r) => `${number(r.p50)} / ${number(r.p90)} / ${number(r.p99)} / ${number(r.max, 0)}`],
    ['  p50 typed / click ms', (r) => `${number(r.typedP50)} / ${number(r.clickP50)}`],
    ['CPU ms per turn (bot process)', (r) => number(r.cpuPerTurn, 2)],
    ['  of it after the last turn', (r) => number(r.cpuAfterLoadPerTurn, 2)],
    ['storage operations per turn', (r) => number(r.storagePerTurn, 2)],
    ['connector calls per turn', (r) => number(r.connectorPerTurn, 2)],
    ['  POST (replies) / PUT (redraws)', (r) => `${r.posts} / ${r.puts}`],
    ['  of them after the last turn', (r) => `${r.afterLoad}`],
    ['RSS after (MiB)', (r) => number(r.rss, 0)],
    ['Azurite CPU ms per turn', (r) => number(r.azuritePerTurn, 2)],
  ];
  console.log(`\n${conversations} conversations at once, ${rounds} round${rounds === 1 ? '' : 's'} each ` +
    `(a round: JourneyBot 23 turns, 24 from the second on, reference 8 typed turns)`);
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  // Each column as wide as its longest cell plus two spaces, so that cells of a busy run never run together.
  const cellWidth = Math.max(24, ...rows.flatMap(([, cell]) => columns.map((r) => cell(r).length + 2)));
  console.log(`${''.padEnd(width)}${measured.map((bot) => bot.name.padStart(cellWidth)).join('')}`);
  for (const [label, cell] of rows) console.log(`${label.padEnd(width)}${columns.map((r) => cell(r).padStart(cellWidth)).join('')}`);
  for (const bot of measured) console.log(`  ${bot.name} storage operations per turn by method: ${by[bot.name].storageDetail || 'none'}`);
  for (const bot of measured) console.log(`  ${bot.name} slowest turns, ms: ${by[bot.name].slowest}`);
  if (columns.length === 2) console.log(`CPU per turn, JourneyBot / reference: ${number(columns[0].cpuPerTurn / columns[1].cpuPerTurn, 2)}`);
}
if (failures.length > 0) {
  console.log(`\nnot every run finished: ${failures.join('; ')}`);
  process.exitCode = 1;
}
console.log(`\nload average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; bot logs in ${work}`);
