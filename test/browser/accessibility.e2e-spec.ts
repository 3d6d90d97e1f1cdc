import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext } from 'playwright-core';
import { DataSource } from 'typeorm';
import { openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { isApiRoute, loadRouteTable } from '../support/route-table';
import { webSessionCookie } from '../support/sessions';
import { Locale, NOT_PAGES, PAGE_VISITS, PageVisit, Visitor } from './accessibility-pages';
import { AccessibilitySeed, seedAccessibility } from './accessibility-seed';
import { DESKTOP, launchChromium, PHONE } from './chromium';
import { headerBreaks, pageProblems, shootBoth } from './page-checks';

/**
 * Every page of the portal, as the person who sees it, in one browser: axe-core's serious
 * and critical WCAG 2.1 AA violations, table headers broken inside a word, the document's
 * language and anything wider than a phone (390×844) must all be absent; headers are
 * checked at desktop size (1366×900) too. Screenshots at
 * phone and desktop size are kept under test/artifacts/screenshots (`a11y-…`), and every
 * finding by rule under test/artifacts/accessibility-findings.json.
 *
 * One embedded (SQLite) portal is enough: pages render the same on both profiles. Each
 * step waits for the page's load event only; nothing waits on time.
 */
const labelOf = (visit: PageVisit, locale: Locale) =>
  `${visit.as} ${visit.route}${visit.submitEmpty ? ' with errors' : ''} (${locale})`;

describe('accessibility of every page at phone size, in Vietnamese and English', () => {
  let portal: RunningPortal;
  let env: Record<string, string>;
  let db: DataSource;
  let browser: Browser;
  let seed: AccessibilitySeed;
  const contexts = new Map<Visitor, BrowserContext>();
  const findingsByRule: Record<string, number> = {};
  const findingsByPage: Record<string, string[]> = {};

  beforeAll(async () => {
    env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    seed = await seedAccessibility(db, env);
    browser = await launchChromium();
    // JavaScript on: axe runs in the page, and visitors mostly have it on.
    for (const visitor of ['anonymous', 'applicant', 'judge', 'organizer', 'admin'] as const) {
      const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
      if (visitor !== 'anonymous') {
        const [name, value] = (await webSessionCookie(db, seed.users[visitor].id)).split('=');
        await context.addCookies([{ name, value, url: portal.url }]);
      }
      contexts.set(visitor, context);
    }
  }, 120_000);

  afterAll(async () => {
    mkdirSync(join(process.cwd(), 'test', 'artifacts'), { recursive: true });
    writeFileSync(
      join(process.cwd(), 'test', 'artifacts', 'accessibility-findings.json'),
      JSON.stringify({ byRule: findingsByRule, byPage: findingsByPage }, null, 2),
    );
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  it('has a checker that finds violations, broken headers and overflow on a bad page', async () => {
    const page = await contexts.get('anonymous')!.newPage();
    await page.setContent(`<!doctype html><html><head><title>Xấu</title></head><body><main>
      <h1>Trang xấu</h1><p style="color:#bbb">Chữ mờ</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
      <table><tr><th style="width:3em;overflow-wrap:anywhere">Điểm trung&shy;bình</th></tr></table>
      <div style="width:800px">rộng</div></main></body></html>`);
    const problems = await pageProblems(page);
    await page.close();
    expect(problems.violations).toEqual(
      expect.arrayContaining(['color-contrast: p', 'html-has-lang: html', 'image-alt: img']),
    );
    expect(problems.headerBreaks).toHaveLength(1);
    expect(problems.lang).toBeNull();
    expect(problems.overflow).toBeGreaterThan(0);
  });

  const visits: Array<[string, PageVisit, Locale]> = PAGE_VISITS.flatMap((visit) =>
    (visit.english ? (['vi', 'en'] as const) : (['vi'] as const)).map(
      (locale) => [labelOf(visit, locale), visit, locale] as [string, PageVisit, Locale],
    ),
  );

  it.each(visits)('%s', async (label, visit, locale) => {
    const context = contexts.get(visit.as)!;
    await context.addCookies([{ name: 'lang', value: locale, url: portal.url }]);
    const page = await context.newPage();
    try {
      const response = await page.goto(`${portal.url}${visit.path(seed)}`);
      expect(response?.status()).toBe(visit.status ?? 200);
      if (visit.submitEmpty) {
        await page.locator(visit.submitEmpty).click();
        await page.locator('.field__error, .alert--error').first().waitFor();
      }
      const problems = await pageProblems(page);
      // On a phone most tables read as cards with hidden headers: the headers are seen,
      // and must not break inside a word, on a desktop.
      await page.setViewportSize(DESKTOP);
      const wideHeaders = await headerBreaks(page);
      const findings = [
        ...problems.violations,
        ...problems.headerBreaks,
        ...wideHeaders.map((finding) => `${finding} at ${DESKTOP.width} px`),
        ...(problems.lang === locale ? [] : [`html-lang: "${problems.lang}"`]),
        ...(problems.overflow > 0 ? [`page-overflow: ${problems.overflow}px wider`] : []),
      ];
      for (const finding of findings) {
        const rule = finding.split(':')[0];
        findingsByRule[rule] = (findingsByRule[rule] ?? 0) + 1;
      }
      if (findings.length) findingsByPage[label] = findings;
      await shootBoth(
        page,
        'a11y',
        labelOf(visit, locale)
          .replace(/[^a-z0-9]+/gi, '-')
          .replace(/-$/, ''),
      );
      expect(findings).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('visits every page route of the route table, or says why not', () => {
    const pageRoutes = loadRouteTable(env)
      .filter((route) => route.method === 'GET' && !isApiRoute(route))
      .map((route) => route.path);
    const visited = new Set(PAGE_VISITS.map((visit) => visit.route));
    expect(pageRoutes.filter((path) => !visited.has(path) && !(path in NOT_PAGES))).toEqual([]);
    // Neither list names a route the portal no longer has.
    const known = new Set([...pageRoutes, '*']);
    expect([...visited, ...Object.keys(NOT_PAGES)].filter((path) => !known.has(path))).toEqual([]);
  });
});
