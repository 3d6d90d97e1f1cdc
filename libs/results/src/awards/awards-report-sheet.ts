import { Injectable, OnModuleInit } from '@nestjs/common';
import { ENTRY_COLUMN_LABELS } from '@app/entries';
import { formatMoment } from '@app/platform';
import type { Locale } from '@app/platform';
import { ReportSheets } from '../reports/report-sheets';
import type { ReportContext, ReportRows } from '../reports/report-sheets';
import { AwardService } from './award.service';
import type { PrizeKind } from '@app/contests';

/** The sheet's words, as the prizes and awards pages say them. */
const TEXTS: Record<
  Locale,
  {
    sheet: string;
    prize: string;
    kind: string;
    kinds: Record<PrizeKind, string>;
    amount: string;
    how: string;
    proposal: string;
    change: string;
    reason: string;
    confirmedAt: string;
  }
> = {
  vi: {
    sheet: 'Giải thưởng',
    prize: 'Giải thưởng',
    kind: 'Loại giải',
    kinds: {
      first: 'Giải Nhất',
      second: 'Giải Nhì',
      third: 'Giải Ba',
      consolation: 'Giải Khuyến khích',
      special: 'Giải đặc biệt',
    },
    amount: 'Giá trị (đồng)',
    how: 'Cách trao',
    proposal: 'Theo đề xuất',
    change: 'Thay đổi có lý do',
    reason: 'Lý do',
    confirmedAt: 'Xác nhận lúc',
  },
  en: {
    sheet: 'Awards',
    prize: 'Prize',
    kind: 'Kind',
    kinds: {
      first: 'First prize',
      second: 'Second prize',
      third: 'Third prize',
      consolation: 'Consolation prize',
      special: 'Special prize',
    },
    amount: 'Amount (VND)',
    how: 'Awarded',
    proposal: 'As proposed',
    change: 'Changed with a reason',
    reason: 'Reason',
    confirmedAt: 'Confirmed at',
  },
};

/**
 * The awards sheet of the contest's XLSX report: each confirmed award in prize order, after
 * the round decisions. Pending changes are not in effect and are left out.
 */
@Injectable()
export class AwardsReportSheet implements OnModuleInit {
  constructor(
    private readonly sheets: ReportSheets,
    private readonly awards: AwardService,
  ) {}

  onModuleInit(): void {
    this.sheets.register({
      order: 50,
      sheets: async (context) => {
        const texts = TEXTS[context.locale];
        const labels = ENTRY_COLUMN_LABELS[context.locale];
        return [
          {
            name: texts.sheet,
            header: [
              texts.prize,
              texts.kind,
              texts.amount,
              labels.code,
              labels.title,
              texts.how,
              texts.reason,
              texts.confirmedAt,
            ],
            rows: this.rows(context),
            widths: { 0: 30, 4: 40, 6: 40, 7: 24 },
          },
        ];
      },
    });
  }

  private async *rows(context: ReportContext): ReportRows {
    const { locale } = context;
    const texts = TEXTS[locale];
    const awarded = await this.awards.listAwards(context.contest.id);
    yield awarded.map(({ award, prize, entry }) => [
      locale === 'en' ? prize.nameEn || prize.nameVi : prize.nameVi,
      texts.kinds[prize.kind],
      prize.amount,
      entry.code,
      entry.title,
      award.fromProposal ? texts.proposal : texts.change,
      award.reason,
      award.confirmedAt ? formatMoment(award.confirmedAt, locale) : null,
    ]);
  }
}
