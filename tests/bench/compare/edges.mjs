// The edges both bots talk to in `scripts/bench.sh compare`, kept in the driver so they count the same way for both: a
// loopback Bot Connector (replies, new messages and message updates) and counting proxies in front of Azurite.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

/**
 * A loopback Bot Connector that accepts every call. It counts calls by method, calls onCall() as each arrives, and keeps
 * each reply to an activity (POST .../activities/{id}) until the driver takes it.
 */
export async function startConnector() {
  const counts = { POST: 0, PUT: 0, DELETE: 0, other: 0 };
  const replies = new Map();
  let lastCallAt = performance.now();
  let nextId = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      lastCallAt = performance.now();
      const match = /\/v3\/conversations\/([^/?]+)\/activities(?:\/([^/?]+))?/.exec(req.url);
      const target = match?.[2] ? decodeURIComponent(match[2]) : undefined;
      counts[req.method in counts ? req.method : 'other']++;
      connector.onCall();
      const id = req.method === 'PUT' && target ? target : `activity-${++nextId}`;
      if (req.method === 'POST' && target) {
        replies.set(target, { id, activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      }
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id }));
    });
  });
  const port = await listen(server);
  const connector = {
    serviceUrl: `http://127.0.0.1:${port}/_connector/`,
    counts,
    onCall() {},
    /** The reply the bot posted to the activity with this id (its id at the connector and the activity), once. */
    takeReply(activityId) {
      const reply = replies.get(activityId);
      replies.delete(activityId);
      return reply;
    },
    /** Until no call has arrived for quietMs (or maxMs passed); resolves with how long it waited. */
    async settle(quietMs, maxMs) {
      const started = performance.now();
      while (performance.now() - lastCallAt < quietMs && performance.now() - started < maxMs) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return performance.now() - started;
    },
    close() { server.close(); },
  };
  return connector;
}

/**
 * An HTTP proxy to 127.0.0.1:targetPort that counts every request passing through it (one storage operation each: an
 * entity group transaction, a query page or a blob download is one request). Both bots reach Azurite only through these.
 */
export async function startCountingProxy(targetPort) {
  const counts = { requests: 0 };
  // Azurite, a Node.js server, closes a connection idle for 5 s; an idle one the agent picked up at that moment was reset
  // under the request, which the proxy passed on as a 502 whose body was "Error: read ECONNRESET", and the reference bot's
  // blob client failed the turn on it. Idle connections are dropped here after 4 s, before Azurite drops them.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512, timeout: 4_000 });
  const server = http.createServer((req, res) => {
    counts.requests++;
    counts[req.method] = (counts[req.method] ?? 0) + 1;
    const upstream = http.request({ host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 60_000;
  const port = await listen(server);
  return { port, counts, close() { server.close(); agent.destroy(); } };
}
