import type { PublicContestResponse } from '@app/contests';
import type { AttachmentSummary, EntryEventResponse, EntryResponse } from '@app/entries';
import {
  entryField,
  MARKDOWN_FIELDS,
  type MarkdownFieldKey,
  REQUIRED_ON_SUBMIT,
} from '@app/entries';
import type { Locale } from '@app/platform';
import { formatDecimal, formatMoment, renderMarkdown } from '@app/platform';
import { inLocale, type Message } from '../contests/contest-view';

export const PITCH_DECK = 'pitch_deck';

/** `1,2 MB` / `340 KB`, rounded the way people read file sizes. */
export function fileSize(bytes: number, locale: Locale): string {
  const format = (value: number) => formatDecimal(value, locale, 1);
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
  return `${format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

export interface FileRow {
  id: string;
  kind: string;
  name: string;
  size: string;
  uploadedAt: string | null;
  href: string;
}

export function fileRows(entryId: string, files: AttachmentSummary[], locale: Locale): FileRow[] {
  return files.map((file) => ({
    id: file.id,
    kind: file.kind,
    name: file.originalName,
    size: fileSize(file.sizeBytes, locale),
    uploadedAt: formatMoment(file.createdAt, locale),
    href: `/entries/${entryId}/files/${file.id}`,
  }));
}

/** One long text of the entry, rendered: what the templates output unescaped. */
export interface ProseSection {
  labelKey: string;
  /** Sanitised HTML from renderMarkdown. */
  html: string;
}

/** The long texts that are filled, in the form's order, as sanitised HTML. */
export function proseSections(
  source: Partial<Record<MarkdownFieldKey, string | null>>,
): ProseSection[] {
  return MARKDOWN_FIELDS.filter((key) => source[key]).map((key) => ({
    labelKey: entryField(key).labelKey,
    html: renderMarkdown(source[key] ?? ''),
  }));
}

/** Answers to the contest's questions, long ones rendered from Markdown. */
export function answerRows(
  entry: EntryResponse,
  contest: PublicContestResponse,
  locale: Locale,
): { label: string; text: string | null; html: string | null }[] {
  return contest.questions
    .filter((q) => entry.answers?.[q.key] != null && entry.answers[q.key] !== '')
    .map((q) => {
      const value = String(entry.answers[q.key]);
      const long = q.kind === 'long_text';
      return {
        label: inLocale(q, 'label', locale),
        text: long ? null : value,
        html: long ? renderMarkdown(value) : null,
      };
    });
}

/** History lines, oldest first. */
export function historyRows(
  events: EntryEventResponse[],
  locale: Locale,
): { at: string | null; what: Message }[] {
  return events.map((event) => ({
    at: formatMoment(event.at, locale),
    what: {
      key: `history.${event.type}`,
      vars: {
        fileName: event.data?.fileName ?? '',
        revision: event.data?.revision ?? '',
        fullName: event.data?.fullName ?? '',
      },
    },
  }));
}

/**
 * What still stops a submission, known without asking the server to try: required fields,
 * required answers and the pitch deck. Eligibility is checked by the submission itself.
 */
export function missingForSubmit(
  entry: EntryResponse,
  contest: PublicContestResponse,
  locale: Locale,
): { key?: string; label?: string }[] {
  const missing: { key?: string; label?: string }[] = REQUIRED_ON_SUBMIT.filter(
    (field) => !entry[field]?.trim(),
  ).map((field) => ({ key: entryField(field).labelKey }));
  for (const q of contest.questions)
    if (q.required && (entry.answers?.[q.key] == null || entry.answers[q.key] === ''))
      missing.push({ label: inLocale(q, 'label', locale) });
  if (!entry.attachments.some((file) => file.kind === PITCH_DECK))
    missing.push({ key: 'files.kind_pitch_deck' });
  return missing;
}
