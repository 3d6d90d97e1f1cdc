import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseCell, readerCaughtUp } from '@app/entries';
import type { ReportCell, ReportSheet } from './report-sheets';

/** Excel refuses these in a tab's name, and names longer than 31 characters. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

/** Tab names as Excel accepts them: allowed characters, 31 at most, no two alike (case-blind). */
export function sheetNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = [...(name.replace(SHEET_NAME_FORBIDDEN, ' ').trim() || 'Sheet')]
      .slice(0, SHEET_NAME_MAX)
      .join('');
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = [...base].slice(0, SHEET_NAME_MAX - suffix.length).join('') + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Text is neutralised against formula injection, as in the entry exports; numbers stay numbers. */
function cell(value: ReportCell): string | number {
  return typeof value === 'number' ? value : neutraliseCell(value);
}

/**
 * Writes the sheets one after another into `out` with exceljs's streaming writer: each
 * row is committed (zipped and sent) as it comes, so memory stays flat however large the
 * contest; between batches it waits for the reader, and stops when the reader has gone.
 */
export async function writeReport(out: Writable, sheets: ReportSheet[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  for (const [index, sheet] of sheets.entries()) {
    const worksheet = workbook.addWorksheet(names[index], {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.columns = sheet.header.map((_, column) => ({
      key: String(column),
      width: sheet.widths?.[column] ?? 18,
    }));
    const header = worksheet.addRow(sheet.header.map(cell));
    header.font = { bold: true };
    header.commit();
    for await (const rows of sheet.rows) {
      for (const row of rows) worksheet.addRow(row.map(cell)).commit();
      await readerCaughtUp(out);
    }
    worksheet.commit();
  }
  await workbook.commit();
}

/** `cuoc-thi-2026-report-2026-12-06.xlsx`: the contest's slug, only file-name-safe characters. */
export function reportFileName(slug: string, localDate: string): string {
  const safe = slug.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64) || 'contest';
  return `${safe}-report-${localDate}.xlsx`;
}
