import type { Criterion } from '@app/contests';
import {
  facts,
  paperMoment,
  paperNumber,
  heading,
  newPdf,
  paragraph,
  section,
  signatures,
  table,
} from './pdf-layout';
import type { Column, Pdf } from './pdf-layout';

export interface ScoreSheetRow {
  code: string;
  /** Null in a blind contest: the sheet then names entries by code only. */
  title: string | null;
  values: Record<string, number> | null;
  total: number | null;
  submitted: boolean;
  commentForTeam: string | null;
  noteForOrganizers: string | null;
}

export interface ScoreSheetData {
  contestName: string;
  roundName: string;
  judgeName: string;
  criteria: Criterion[];
  maximum: number;
  rows: ScoreSheetRow[];
  printedAt: Date;
}

/** Phiếu chấm điểm: one judge's scores of a round, to be printed and signed. */
export function renderScoreSheet(data: ScoreSheetData): Pdf {
  const doc = newPdf(`Phiếu chấm điểm - ${data.judgeName}`);
  doc.font('bold').fontSize(10).text(data.contestName.toUpperCase(), { align: 'center' });
  doc.moveDown(0.5);
  heading(doc, 'PHIẾU CHẤM ĐIỂM');
  facts(doc, [
    ['Cuộc thi', data.contestName],
    ['Vòng', data.roundName],
    ['Giám khảo', data.judgeName],
    ['Số bài được phân công', String(data.rows.length)],
    ['Thời điểm in', `${paperMoment(data.printedAt)} (giờ Việt Nam)`],
  ]);

  section(doc, 'Tiêu chí chấm');
  table(
    doc,
    [
      { header: 'Tiêu chí', width: 6 },
      { header: 'Điểm tối đa', width: 2, align: 'right' },
      { header: 'Trọng số', width: 2, align: 'right' },
    ],
    data.criteria.map((c) => [c.labelVi, paperNumber(c.maxScore), paperNumber(c.weight)]),
  );

  section(doc, 'Điểm chấm');
  const columns: Column[] = [
    { header: 'Bài dự thi', width: 5 },
    ...data.criteria.map((c) => ({ header: c.labelVi, width: 2, align: 'right' as const })),
    { header: `Tổng (/${paperNumber(data.maximum)})`, width: 2, align: 'right' },
  ];
  table(
    doc,
    columns,
    data.rows.map((row) => [
      row.title ? `${row.code}\n${row.title}` : row.code,
      ...data.criteria.map((c) => paperNumber(row.values?.[c.key])),
      row.values ? `${paperNumber(row.total)}${row.submitted ? '' : ' (nháp)'}` : 'Chưa chấm',
    ]),
  );

  const commented = data.rows.filter((r) => r.commentForTeam || r.noteForOrganizers);
  if (commented.length > 0) {
    section(doc, 'Nhận xét');
    for (const row of commented) {
      doc.font('bold').text(row.code, doc.page.margins.left);
      if (row.commentForTeam) paragraph(doc, `Nhận xét cho đội: ${row.commentForTeam}`);
      if (row.noteForOrganizers)
        paragraph(doc, `Ghi chú cho Ban tổ chức: ${row.noteForOrganizers}`);
      doc.moveDown(0.3);
    }
  }

  paragraph(doc, '');
  paragraph(
    doc,
    'Tôi xác nhận các điểm số trên là đánh giá độc lập của tôi và tôi không có xung đột lợi ích với các bài dự thi đã chấm.',
  );
  signatures(doc, ['Giám khảo'], '(Ký và ghi rõ họ tên)', [data.judgeName]);
  return doc;
}
