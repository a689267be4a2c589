// Debian's Chromium, headless, with a throwaway profile, allowed to reach loopback only.
// Playwright's own browser download cannot work here (no internet), so we drive the system browser.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this machine needs (no sandbox in containers, no GPU, nothing phoning home). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The Playground page asks a CDN for fonts and animations; without internet those requests only
// wait for DNS to fail, and a test must not depend on the outside world anyway.
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Starts Chromium: returns the browser context and a close() that also deletes the profile. */
export async function launchChromium() {
  const profile = await mkdtemp(join(tmpdir(), 'journeybot-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: chromiumArgs,
  });
  await context.route((url) => !loopbackHosts.has(url.hostname), (route) => route.abort('blockedbyclient'));
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
