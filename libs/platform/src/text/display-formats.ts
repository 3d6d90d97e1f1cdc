import type { Locale } from '../i18n/translator';
import { formatVietnamDate, formatVietnamDateTime } from '../time/vietnam-time';

/**
 * How numbers and moments are written for people, in one place for pages, mails, PDFs
 * and exports: Vietnamese readers expect `70,67` and `lúc 20:56, 04/12/2026`; English
 * readers `70.67` and `20:56, 04/12/2026`. Moments are always Vietnam time.
 */

const NUMBER_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const decimalFormats = new Map<string, Intl.NumberFormat>();

function decimalFormat(locale: Locale, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let format = decimalFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[locale], {
      minimumFractionDigits: 0,
      maximumFractionDigits: fractionDigits,
    });
    decimalFormats.set(key, format);
  }
  return format;
}

/** `70,67` (vi) or `70.67` (en); rounded half away from zero to `fractionDigits` places. */
export function formatDecimal(
  value: number | null | undefined,
  locale: Locale,
  fractionDigits = 2,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return decimalFormat(locale, fractionDigits).format(value);
}

/** `5.000.000 ₫` (vi) or `5,000,000 VND` (en). */
export function formatMoney(vnd: number, locale: Locale): string {
  const amount = decimalFormat(locale, 0).format(vnd);
  return locale === 'vi' ? `${amount} ₫` : `${amount} VND`;
}

/** `lúc 20:56, 04/12/2026` (vi) or `20:56, 04/12/2026` (en), in Vietnam time. */
export function formatMoment(date: Date | string | null | undefined, locale: Locale): string {
  if (date === null || date === undefined || date === '') return '';
  const [day, time] = formatVietnamDateTime(new Date(date)).split(' ');
  return locale === 'vi' ? `lúc ${time}, ${day}` : `${time}, ${day}`;
}

/** `04/12/2026`, in Vietnam time. */
export function formatDay(date: Date | string | null | undefined): string {
  if (date === null || date === undefined || date === '') return '';
  return formatVietnamDate(new Date(date));
}
