import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
const out = new PassThrough();
let bytes = 0, first = 0; const t0 = Date.now();
out.on('data', (c) => { if (!bytes) first = Date.now() - t0; bytes += c.length; });
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
const sheet = wb.addWorksheet('x');
for (let b = 0; b < 80; b++) {
  for (let i = 0; i < 1500; i++) sheet.addRow(['QNG5-00001', 'Đã nộp', 'Ý tưởng khởi nghiệp đổi mới sáng tạo số ' + i, 'Nguyễn Văn', 'm@example.vn']).commit();
  await new Promise((r) => setTimeout(r, 5));
  if (b % 20 === 0) console.log('batch', b, 'bytes out', bytes, 'rss', Math.round(process.memoryUsage().rss / 1e6));
}
sheet.commit(); await wb.commit();
console.log('first byte at', first, 'ms; total', Date.now() - t0, 'ms; bytes', bytes);
