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

/**
 * axe-core's browser bundle, read from the installed package. Resolved from the project's
 * root (where Jest runs), not from this file: under Jest's ESM mode a module has no
 * `__filename`, and a path worked out relative to the compiled file pointed nowhere, so
 * the check ran without axe and found nothing. A missing package throws here.
 */
const axeSource = (() => {
  let source: string | undefined;
  return () => {
    const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;
    source ??= readFileSync(resolve('axe-core/axe.min.js'), 'utf8');
    return source;
  };
})();

export interface PageProblems {
  /** Serious and critical WCAG 2.1 A/AA violations: `rule-id: selector`. */
  violations: string[];
  /** Table headers that break inside a word or are narrower than their longest word. */
  headerBreaks: string[];
  lang: string | null;
  /** How much wider than the viewport the document is, in CSS pixels (0 when it fits). */
  overflow: number;
}

/**
 * Every word of every visible table header, measured where it is laid out: a word whose
 * range has more than one line box was broken inside, and one wider than the cell's
 * content box sticks out of it. Hyphens and slashes are break opportunities of their own.
 */
const HEADER_BREAKS = `(() => {
  // A header clipped to a pixel (visually hidden for screen readers, as on phones where
  // rows read as cards) wraps every word, but nobody sees it.
  const hidden = (cell) => {
    for (let el = cell; el && el.tagName !== 'TABLE'; el = el.parentElement) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || getComputedStyle(el).clip !== 'auto') return true;
    }
    return false;
  };
  const findings = [];
  const cells = document.querySelectorAll('th, [role="columnheader"]');
  for (const cell of cells) {
    if (!cell.getClientRects().length || hidden(cell)) continue;
    const style = getComputedStyle(cell);
    const box = cell.getBoundingClientRect();
    const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth) + 0.5;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Words only a screen reader reads ("Thao tác" over a column of buttons) are not seen.
      if (hidden(node.parentElement)) continue;
      const text = node.textContent;
      const pattern = /[^\\s\\-\\/]+[\\-\\/]?/g;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        const label = cell.textContent.trim().replace(/\\s+/g, ' ');
        if (lines.size > 1) findings.push('header-word-break: "' + label + '" breaks "' + m[0] + '"');
        else if (rects.some((r) => r.right > right))
          findings.push('header-word-break: "' + label + '" is narrower than "' + m[0] + '"');
      }
    }
  }
  return findings;
})()`;

/** Table headers broken inside a word at the page's current size (run it at each size). */
export function headerBreaks(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(HEADER_BREAKS);
}

/**
 * What an outside accessibility review would flag on the page as it is now: axe-core's
 * serious and critical violations of WCAG 2.1 AA, table headers broken inside a word, the
 * document's language, and anything wider than the screen. Axe is evaluated through the
 * browser's debugging protocol, so the page's strict CSP stays as it is; the context must
 * have JavaScript enabled. Throws when axe did not load or did not run, so a broken check
 * fails the test instead of passing with nothing found.
 */
export async function pageProblems(page: Page): Promise<PageProblems> {
  await page.evaluate(axeSource());
  const engine = await page.evaluate<string>(
    `typeof window.axe === 'object' && typeof window.axe.run === 'function' ? window.axe.version : ''`,
  );
  if (!engine) throw new Error(`axe-core did not load into ${page.url()}`);
  // Strings, not functions: the tests compile without the DOM's types.
  const result = await page.evaluate<{ engine: string; rules: number; violations: string[] }>(`
    window.axe
      .run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      })
      .then((result) => ({
        engine: result.testEngine.name,
        rules:
          result.passes.length +
          result.violations.length +
          result.incomplete.length +
          result.inapplicable.length,
        violations: result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' '))),
      }))
  `);
  if (result.engine !== 'axe-core' || result.rules === 0)
    throw new Error(`axe-core ran no rules on ${page.url()}`);
  const headers = await headerBreaks(page);
  const { lang, overflow } = await page.evaluate<{ lang: string | null; overflow: number }>(`({
    lang: document.documentElement.getAttribute('lang'),
    overflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
  })`);
  return { violations: result.violations, headerBreaks: headers, lang, overflow };
}
