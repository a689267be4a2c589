// What Linux says about a process (/proc/<pid>/stat and status), and starting and stopping the bots.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

const ticksPerSecond = (() => {
  try { return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100; } catch { return 100; }
})();

/** CPU time the process has used so far, user + system, in milliseconds (resolution 1000 / CLK_TCK, 10 ms here). */
export function cpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The name in parentheses may hold spaces; the fields after it start with the state (field 3): utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/**
 * The CPU time each of the process's threads has run so far, in milliseconds to the nanosecond (the scheduler's own
 * account, /proc/<pid>/task/<tid>/schedstat): fine enough for one turn, where utime and stime count 10 ms ticks.
 */
export function threadsCpu(pid) {
  const byThread = new Map();
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    try { byThread.set(task, Number(fs.readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]) / 1e6); } catch { /* ended meanwhile */ }
  }
  return byThread;
}

/**
 * The CPU the process's threads used from one threadsCpu reading to a later one: threads started in between count from
 * zero, a thread that ended in between takes the time it ran since the first reading with it (its whole lifetime would
 * vanish from a plain sum, so only the threads in the later reading are counted).
 */
export function threadsCpuSince(before, after) {
  let ms = 0;
  for (const [thread, cpu] of after) ms += cpu - (before.get(thread) ?? 0);
  return ms;
}

/** The process's resident set size now (VmRSS), in MiB. */
export function rssMiB(pid) {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** A TCP port nobody listens on right now (the kernel picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
  });
}

// Ctrl-C or a TERM would end the driver without its exit handlers; exiting runs them, which stop the bots.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Starts a bot; its output goes to logFile. The process is stopped when the driver exits. */
export function startBot(command, args, env, logFile) {
  const log = fs.openSync(logFile, 'w');
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const kill = () => { if (child.exitCode === null) child.kill('SIGTERM'); };
  process.on('exit', kill);
  child.exited = new Promise((resolve) => child.on('exit', resolve));
  child.stop = async () => {
    kill();
    await Promise.race([child.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    process.off('exit', kill);
  };
  return child;
}
