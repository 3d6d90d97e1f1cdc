import { formatDay, formatDecimal, formatMoment, formatMoney } from './display-formats';
import { vietnamTime } from '../time/vietnam-time';

describe('display formats', () => {
  it('writes decimals with a comma in Vietnamese and a point in English', () => {
    expect(formatDecimal(70.666666, 'vi')).toBe('70,67');
    expect(formatDecimal(70.666666, 'en')).toBe('70.67');
    expect(formatDecimal(1234.5, 'vi')).toBe('1.234,5');
    expect(formatDecimal(80, 'vi')).toBe('80');
    expect(formatDecimal(null, 'vi')).toBe('');
  });

  it('writes amounts of money in dong', () => {
    expect(formatMoney(5_000_000, 'vi')).toBe('5.000.000 ₫');
    expect(formatMoney(5_000_000, 'en')).toBe('5,000,000 VND');
  });

  it('writes moments in Vietnam time, the Vietnamese way', () => {
    const moment = vietnamTime(2026, 12, 4, 20, 56);
    expect(formatMoment(moment, 'vi')).toBe('lúc 20:56, 04/12/2026');
    expect(formatMoment(moment, 'en')).toBe('20:56, 04/12/2026');
    expect(formatMoment(moment.toISOString(), 'vi')).toBe('lúc 20:56, 04/12/2026');
    expect(formatMoment(null, 'vi')).toBe('');
    expect(formatDay(new Date('2026-12-04T17:30:00Z'))).toBe('05/12/2026');
  });
});
