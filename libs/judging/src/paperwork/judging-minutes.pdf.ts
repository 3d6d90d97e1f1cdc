import type { AdvancementRule, RankingMethod } from '@app/contests';
import type { AdvancementEntryView, OverrideResponse } from '../advancement/advancement.mapper';
import type { TieBreakTrail } from '../advancement/advancement-proposal';
import { describeReason, describeStep } from '../advancement/reason-text';
import { RANKING_METHOD_NAMES } from '../ranking/ranking-method-names';
import type { ReasonNames } from '../advancement/reason-text';
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
import type { Pdf } from './pdf-layout';

export interface MinutesData {
  contestName: string;
  roundName: string;
  method: RankingMethod;
  rule: AdvancementRule | null;
  decidedAt: Date | null;
  judgeCount: number;
  scoreCount: number;
  entries: AdvancementEntryView[];
  trails: TieBreakTrail[];
  overrides: (OverrideResponse & {
    code: string;
    proposedByName: string;
    confirmedByName: string | null;
  })[];
  names: ReasonNames;
  printedAt: Date;
}

function ruleLines(rule: AdvancementRule | null, names: ReasonNames): [string, string][] {
  const none = 'Không áp dụng';
  const chain = rule?.tieBreak?.length
    ? rule.tieBreak.map((s, i) => `${i + 1}. ${describeStep(s, 'vi', names)}`).join('; ')
    : 'Không có';
  return [
    [
      'Số bài đi tiếp mỗi bảng',
      rule?.topNPerCategory ? String(rule.topNPerCategory) : 'Không giới hạn',
    ],
    ['Điểm sàn', rule?.minTotal != null ? paperNumber(rule.minTotal) : none],
    ['Loại bài có tiêu chí bị chấm 0 điểm', rule?.zeroVeto ? 'Có' : 'Không'],
    ['Số lượt chấm tối thiểu', rule?.minReviews != null ? String(rule.minReviews) : none],
    ['Thứ tự phân định khi đồng điểm', chain],
  ];
}

/** Biên bản chấm: how a round was ranked and decided, with the tie-break trail and overrides. */
export function renderJudgingMinutes(data: MinutesData): Pdf {
  const doc = newPdf(`Biên bản chấm - ${data.roundName}`);
  doc.font('bold').fontSize(10).text('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center' });
  doc.font('body').text('Độc lập - Tự do - Hạnh phúc', { align: 'center' }).moveDown(0.8);
  heading(doc, 'BIÊN BẢN CHẤM');
  doc.text(`${data.roundName} - ${data.contestName}`, { align: 'center' }).moveDown(0.5);
  facts(doc, [
    ['Cuộc thi', data.contestName],
    ['Vòng', data.roundName],
    ['Số giám khảo', String(data.judgeCount)],
    ['Số phiếu chấm đã nộp', String(data.scoreCount)],
    [
      'Phương pháp xếp hạng',
      `${RANKING_METHOD_NAMES[data.method].vi.name}: ${RANKING_METHOD_NAMES[data.method].vi.explanation}`,
    ],
    [
      'Thời điểm quyết định',
      data.decidedAt
        ? `${paperMoment(data.decidedAt)} (giờ Việt Nam, GMT+7)`
        : 'Chưa quyết định (danh sách dự kiến)',
    ],
  ]);

  section(doc, 'Quy tắc xét chọn');
  facts(doc, ruleLines(data.rule, data.names));

  section(doc, 'Kết quả chấm và quyết định');
  table(
    doc,
    [
      { header: 'Mã', width: 2.5 },
      { header: 'Tên bài dự thi', width: 3.8 },
      { header: 'Bảng', width: 1.8 },
      { header: 'Lượt chấm', width: 1.3, align: 'right' },
      { header: 'Điểm', width: 1.3, align: 'right' },
      { header: 'Hạng', width: 1.3, align: 'right' },
      { header: 'Quyết định', width: 1.7 },
      { header: 'Lý do', width: 4.3 },
    ],
    data.entries.map((e) => [
      e.code,
      e.title,
      data.names.categories[e.categoryKey] ?? e.categoryKey,
      `${e.reviews}/${e.reviewsRequired}${e.underReview ? ' *' : ''}`,
      paperNumber(e.total),
      e.rank === null ? '—' : String(e.rank),
      e.advances ? 'Đi tiếp' : 'Dừng',
      [
        ...e.reasons.map((r) => describeReason(r, 'vi', data.names)),
        ...(e.overrideId ? ['Theo điều chỉnh của ban tổ chức (mục dưới)'] : []),
      ].join('; '),
    ]),
  );

  const underReview = data.entries.filter((e) => e.underReview).length;
  if (underReview > 0)
    paragraph(
      doc,
      `(*) ${underReview} bài chưa đủ số lượt chấm vòng yêu cầu (${data.entries[0].reviewsRequired} lượt mỗi bài): điểm của các bài này có thể còn thay đổi.`,
    );

  section(doc, 'Phân định đồng điểm tại ngưỡng');
  if (data.trails.length === 0) paragraph(doc, 'Không có trường hợp đồng điểm tại ngưỡng.');
  const code = (id: string) => data.entries.find((e) => e.entryId === id)?.code ?? id;
  for (const trail of data.trails) {
    paragraph(
      doc,
      `Bảng "${data.names.categories[trail.categoryKey] ?? trail.categoryKey}": ${trail.contenders
        .map((c) => c.code)
        .join(
          ', ',
        )} cùng ${paperNumber(trail.contenders[0]?.total)} điểm, tranh ${trail.seats} suất còn lại (lấy ${trail.topN} bài).`,
    );
    for (const step of trail.steps) {
      const values = step.values.map((v) => `${v.code}: ${paperNumber(v.value)}`).join(', ');
      const settled = [
        step.advance.length ? `đi tiếp ${step.advance.map(code).join(', ')}` : '',
        step.eliminate.length ? `dừng ${step.eliminate.map(code).join(', ')}` : '',
        step.stillTied.length ? `vẫn đồng ${step.stillTied.map(code).join(', ')}` : '',
      ].filter(Boolean);
      paragraph(
        doc,
        `  - Theo ${describeStep(step.step, 'vi', data.names)} (${values}): ${settled.join('; ')}.`,
      );
    }
    if (trail.outcome === 'all_tied_advance')
      paragraph(
        doc,
        '  - Không phân định được sau mọi bước: tất cả các bài đồng điểm tại ngưỡng cùng đi tiếp; đồng điểm không được phân định bằng bốc thăm.',
      );
  }

  section(doc, 'Điều chỉnh của ban tổ chức');
  if (data.overrides.length === 0) paragraph(doc, 'Không có điều chỉnh.');
  for (const o of data.overrides) {
    const decision = o.decision === 'advance' ? 'cho đi tiếp' : 'dừng';
    const confirmed = o.confirmedByName
      ? `xác nhận bởi ${o.confirmedByName}${o.confirmedAt ? ` ${paperMoment(o.confirmedAt)}` : ''}`
      : 'chưa được thành viên Ban tổ chức thứ hai xác nhận';
    const confirmation =
      o.state === 'superseded'
        ? `${confirmed}; đã được thay thế bằng đề xuất sau (không có hiệu lực)`
        : o.state === 'pending'
          ? `${confirmed} (không có hiệu lực)`
          : confirmed;
    paragraph(
      doc,
      `- ${o.code}: ${decision}. Lý do: ${o.reason.replace(/[.\s]+$/, '')}. Đề xuất bởi ${o.proposedByName} ${paperMoment(o.createdAt)}; ${confirmation}.`,
    );
  }

  paragraph(doc, '');
  paragraph(doc, `Biên bản lập ${paperMoment(data.printedAt)} (giờ Việt Nam).`);
  signatures(
    doc,
    ['Thư ký', 'Trưởng ban giám khảo', 'Đại diện ban tổ chức'],
    '(Ký và ghi rõ họ tên)',
  );
  return doc;
}
