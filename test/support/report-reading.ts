import ExcelJS from 'exceljs';
import type request from 'supertest';

/** Collects a download's bytes (supertest's `.parse(binary)`). */
export const binary = (
  res: request.Response,
  callback: (error: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

/** Reads an XLSX download back the way a spreadsheet program would. */
export async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's types predate the generic Buffer of @types/node.
  await workbook.xlsx.load(body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** A sheet's rows as arrays of cell values (exceljs numbers its columns from 1). */
export function rowsOf(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** The visually hidden table of a chart on the statistics page: its rows as `label=value`. */
export function chartTable(html: string, chartId: string): string[] {
  const figure = html.split(`aria-labelledby="${chartId}-caption"`)[1]?.split('</figure>')[0];
  if (!figure) throw new Error(`no chart ${chartId}`);
  return [...figure.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td>/g)].map(
    (m) => `${m[1]}=${m[2]}`,
  );
}
