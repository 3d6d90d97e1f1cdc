import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, SCREENSHOTS } from './chromium';

/**
 * Screenshots of the page as it is now, on a phone (390×844) and on a desktop (1366×900),
 * kept as test artifacts: `<journey>-<step>-phone.png` and `…-desktop.png`. Leaves the
 * page at phone size, where the journeys run.
 */
export async function shootBoth(page: Page, journey: string, step: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.screenshot({
    path: join(SCREENSHOTS, `${journey}-${step}-desktop.png`),
    fullPage: true,
  });
  await page.setViewportSize(PHONE);
  await page.screenshot({
    path: join(SCREENSHOTS, `${journey}-${step}-phone.png`),
    fullPage: true,
  });
}

const axeSource = (() => {
  let source: string | undefined;
  return () => {
    // Resolved from the project root: the tests run as ES modules, without __filename.
    const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;
    source ??= readFileSync(resolve('axe-core/axe.min.js'), 'utf8');
    return source;
  };
})();

export interface PageProblems {
  /** Serious and critical WCAG 2.1 A/AA violations: `rule-id: selector`. */
  violations: string[];
  lang: string | null;
  /** How much wider than the viewport the document is, in CSS pixels (0 when it fits). */
  overflow: number;
}

/**
 * What an outside accessibility review would flag on the page as it is now: axe-core's
 * serious and critical violations of WCAG 2.1 AA, the document's language, and anything
 * wider than the screen. Axe is evaluated through the browser's debugging protocol, so the
 * page's strict CSP stays as it is; the context must have JavaScript enabled.
 */
export async function pageProblems(page: Page): Promise<PageProblems> {
  await page.evaluate(axeSource());
  // Strings, not functions: the tests compile without the DOM's types.
  const violations = await page.evaluate<string[]>(`
    window.axe
      .run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      })
      .then((result) =>
        result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' '))),
      )
  `);
  const { lang, overflow } = await page.evaluate<{ lang: string | null; overflow: number }>(`({
    lang: document.documentElement.getAttribute('lang'),
    overflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
  })`);
  return { violations, lang, overflow };
}
