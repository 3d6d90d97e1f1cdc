import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Locale } from '@app/platform';
import type { PublicResults } from './public-results.mapper';

// The DejaVu fonts the PDFs embed: the image must not depend on the server's fonts, and
// they have every Vietnamese letter with its diacritics.
const FONT_DIR = join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const FONTS = [join(FONT_DIR, 'DejaVuSans.ttf'), join(FONT_DIR, 'DejaVuSans-Bold.ttf')];

const WIDTH = 1200;
const HEIGHT = 630;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Lines of at most `max` characters, broken between words, at most `lines` of them. */
export function wrapText(text: string, max: number, lines: number): string[] {
  const result: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      result.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) result.push(line);
  if (result.length <= lines) return result;
  const kept = result.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1].slice(0, max - 1)}…`;
  return kept;
}

/**
 * The Open Graph image of a contest's results (1200x630, the size link previews use):
 * the contest's name and its prizes with the winning ideas, drawn as SVG and rendered
 * to PNG on the server.
 */
export function resultsOgSvg(results: PublicResults, locale: Locale): string {
  const name = locale === 'en' ? results.contest.nameEn : results.contest.nameVi;
  const heading = locale === 'en' ? 'Results' : 'Kết quả';
  const title = wrapText(name, 38, 2);
  const prizes = results.prizes.flatMap((prize) =>
    prize.winners.map((w) => `${locale === 'en' ? prize.nameEn : prize.nameVi}: ${w.title}`),
  );
  const lines = prizes.slice(0, 4).map((text) => wrapText(text, 60, 1)[0]);
  const text = (
    x: number,
    y: number,
    size: number,
    value: string,
    bold = false,
    fill = '#1b1f24',
  ) =>
    `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="${fill}">${escapeXml(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${WIDTH}" height="16" fill="#0b4f9c"/>`,
    `<rect y="${HEIGHT - 16}" width="${WIDTH}" height="16" fill="#c8102e"/>`,
    text(64, 110, 40, heading, true, '#0b4f9c'),
    ...title.map((line, i) => text(64, 180 + i * 60, 50, line, true)),
    ...lines.map((line, i) => text(64, 340 + i * 56, 32, `★ ${line}`)),
    '</svg>',
  ].join('');
}

export function resultsOgPng(results: PublicResults, locale: Locale): Buffer {
  const resvg = new Resvg(resultsOgSvg(results, locale), {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: WIDTH },
  });
  return resvg.render().asPng();
}
