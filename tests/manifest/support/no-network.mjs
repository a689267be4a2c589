// Makes any network attempt from this test process fail loudly and records it, so a test can
// prove that schema validation ran offline (fetch, raw sockets and DNS are all covered).
import net from 'node:net';
import dns from 'node:dns';

export const networkAttempts = [];

const refuse = (what) => {
  networkAttempts.push(what);
  throw new Error(`network access attempted in an offline test: ${what}`);
};

globalThis.fetch = async (url) => refuse(`fetch ${url}`);
net.Socket.prototype.connect = function connect(...args) {
  const [first] = args;
  return refuse(`socket connect ${typeof first === 'object' ? JSON.stringify(first) : first}`);
};
dns.lookup = (host) => refuse(`dns lookup ${host}`);
dns.promises.lookup = async (host) => refuse(`dns lookup ${host}`);
