import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvRecord, neutraliseCell, UTF8_BOM } from './spreadsheet-cell';

/** Batches of rows, produced one database batch at a time. */
export type RowBatches = AsyncIterable<string[][]>;

/** A CSV stream pulled by its reader: a batch is produced only when the previous one was taken. */
export function csvStream(header: string[], batches: RowBatches): Readable {
  return Readable.from(
    (async function* () {
      yield UTF8_BOM + csvRecord(header);
      for await (const rows of batches) yield rows.map(csvRecord).join('');
    })(),
    { objectMode: false },
  );
}

/**
 * Writes an XLSX workbook into `out` row by row (exceljs's streaming writer): committed
 * rows are zipped and sent, so memory stays flat however large the contest. Between
 * batches it waits for the reader, and stops when the reader has gone.
 */
export async function writeXlsx(
  out: Writable,
  sheetName: string,
  header: string[],
  batches: RowBatches,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((_, index) => ({ key: String(index), width: index === 4 ? 40 : 20 }));
  const headerRow = sheet.addRow(header.map(neutraliseCell));
  headerRow.font = { bold: true };
  headerRow.commit();
  for await (const rows of batches) {
    for (const row of rows) sheet.addRow(row.map(neutraliseCell)).commit();
    await readerCaughtUp(out);
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * Lets the event loop turn before the next batch: the zip is deflated on the thread pool,
 * and its output reaches the socket only in a later turn. Reads from SQLite resolve
 * without ever leaving the microtask queue, so without this the whole file would pile up
 * before the first byte is sent. Then waits while the reader is behind.
 */
export async function readerCaughtUp(out: Writable): Promise<void> {
  await nextTurn();
  if (out.destroyed) throw new Error('the reader has gone');
  if (!out.writableNeedDrain) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('the reader has gone'));
    out.once('drain', onDrain);
    out.once('close', onClose);
  });
}
