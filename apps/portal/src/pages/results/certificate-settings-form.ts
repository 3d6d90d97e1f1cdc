import type { CertificateSettingsResponse } from '@app/results';

/** Three signature blocks at most fit the certificate's lower right corner. */
export const SIGNATORY_ROWS = 3;

/** The settings form as typed: organising units one per line, blank signature rows allowed. */
export interface SettingsForm {
  organisers: string;
  place: string;
  signatories: { title: string; name: string }[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The form's values from saved settings. */
export function settingsFormOfSaved(saved: CertificateSettingsResponse): SettingsForm {
  return {
    organisers: saved.organisers.join('\n'),
    place: saved.place ?? '',
    signatories: Array.from({ length: SIGNATORY_ROWS }, (_, i) => ({
      title: saved.signatories[i]?.title ?? '',
      name: saved.signatories[i]?.name ?? '',
    })),
  };
}

/**
 * The form's values from a posted body (`signatoryTitle0`, ...). A field sent twice comes
 * as an array and reads as empty, so the DTO's rules answer it, never a crash.
 */
export function settingsFormOfBody(body: Record<string, unknown>): SettingsForm {
  return {
    organisers: text(body.organisers),
    place: text(body.place),
    signatories: Array.from({ length: SIGNATORY_ROWS }, (_, i) => ({
      title: text(body[`signatoryTitle${i}`]),
      name: text(body[`signatoryName${i}`]),
    })),
  };
}

/**
 * The DTO's input: blank lines and wholly blank signature rows left out. A row with a name
 * but no title stays in, so the DTO says the title is missing rather than dropping a name.
 */
export function settingsInput(form: SettingsForm): Record<string, unknown> {
  return {
    organisers: form.organisers
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    place: form.place.trim() || null,
    signatories: form.signatories.filter(filled),
  };
}

const filled = (s: { title: string; name: string }) => Boolean(s.title.trim() || s.name.trim());

/**
 * A DTO error's field as the form names it: `signatories.0.title` of the input is the first
 * filled row, which may be the form's second.
 */
export function formFieldOf(form: SettingsForm, field: string): string {
  if (/^organisers\.\d+$/.test(field)) return 'organisers';
  const match = /^signatories\.(\d+)(\..*)?$/.exec(field);
  if (!match) return field;
  const rows = form.signatories.flatMap((s, i) => (filled(s) ? [i] : []));
  return `signatories.${rows[Number(match[1])] ?? 0}${match[2] ?? ''}`;
}
