import { ReportSheets } from './report-sheets';
import type { ReportContext, ReportSheetSource } from './report-sheets';

const source = (order: number, name: string): ReportSheetSource => ({
  order,
  sheets: async () => [{ name, header: [], rows: (async function* () {})() }],
});

describe('ReportSheets', () => {
  it('gives the registered subjects in their order, whoever registered first', async () => {
    const sheets = new ReportSheets();
    sheets.register(source(40, 'decisions'));
    sheets.register(source(50, 'awards'));
    sheets.register(source(10, 'statistics'));
    sheets.register(source(40, 'decisions, second'));
    const context = {} as ReportContext;
    const names = await Promise.all(
      sheets.all().map(async (s) => (await s.sheets(context))[0].name),
    );
    expect(names).toEqual(['statistics', 'decisions', 'decisions, second', 'awards']);
  });
});
