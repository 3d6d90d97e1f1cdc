import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';

/** Where every browser test leaves its screenshots (ignored by git). */
export const SCREENSHOTS = join(process.cwd(), 'test', 'artifacts', 'screenshots');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 900 };

/**
 * Debian's Chromium, headless. Without the background-networking flags it keeps trying
 * to reach Google's hosts, which this machine's closed network refuses. Playwright gives
 * each launch a fresh, temporary user-data-dir.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Waits until `expression` holds in the page. It is handed over as a function's source:
 * Playwright evaluates that once, in its first check, then calls the function on each
 * poll. A bare expression would be evaluated again on every poll, and the page's CSP
 * refuses eval outside that first check, so the wait failed whenever the page had not
 * changed yet.
 */
export function waitUntil(page: Page, expression: string): Promise<unknown> {
  return page.waitForFunction(`() => (${expression})`);
}
