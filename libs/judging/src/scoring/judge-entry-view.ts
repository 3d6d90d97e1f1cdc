import type { Criterion } from '@app/contests';
import { ENTRY_FIELDS, TEAM_IDENTITY_FIELDS } from '@app/entries';
import type { EntryFieldKey, TeamIdentityField } from '@app/entries';
import { withoutLinks } from '@app/platform';

/** A file of the entry as a judge sees it: a neutral name in a blind contest. */
export interface JudgeAttachmentView {
  id: string;
  kind: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  downloadUrl: string;
}

/** Who the team is: present only when judging is not blind, and never with contact data. */
export type TeamIdentityView = Record<TeamIdentityField, string | null> & {
  members: { fullName: string; organization: string | null; role: string }[];
};

/** The form's fields a judge reads beside the team's identity, each as the snapshot has it. */
type JudgeTextField = Exclude<EntryFieldKey, TeamIdentityField>;

/** The entry as a judge may see it: the submitted version, without identities in a blind contest. */
export type JudgeEntryView = Record<Exclude<JudgeTextField, 'title'>, string | null> & {
  id: string;
  code: string;
  categoryKey: string | null;
  title: string;
  answers: Record<string, unknown>;
  revision: number | null;
  attachments: JudgeAttachmentView[];
  /** Null in a blind contest. */
  team: TeamIdentityView | null;
};

export interface CriterionView {
  key: string;
  labelVi: string;
  labelEn: string;
  guidanceVi: string | null;
  guidanceEn: string | null;
  weight: number;
  maxScore: number;
}

const isTeamIdentity = (key: EntryFieldKey): key is TeamIdentityField =>
  (TEAM_IDENTITY_FIELDS as readonly string[]).includes(key);

/** Copied to the judge's view; the team's identity goes into `team` (absent when blind). */
const JUDGE_FIELDS = ENTRY_FIELDS.filter((spec) => spec.shownToJudges && !isTeamIdentity(spec.key));

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

interface SnapshotAttachment {
  id: string;
  kind: string;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
}

interface SnapshotMember {
  fullName: string;
  organization: string | null;
  role: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Builds the judge's view from an entry snapshot. It copies named fields one by one (an
 * allow-list): whatever a later snapshot format adds stays out until it is added here.
 */
export function toJudgeEntryView(
  snapshot: Record<string, unknown>,
  options: {
    blind: boolean;
    fileUrl: (attachmentId: string) => string;
    withheldAnswers?: string[];
  },
): JudgeEntryView {
  const code = String(snapshot.code ?? '');
  const attachments = (
    Array.isArray(snapshot.attachments) ? snapshot.attachments : []
  ) as SnapshotAttachment[];
  const names = options.blind
    ? neutralFileNames(code, attachments)
    : attachments.map((a) => a.originalName);
  const view: JudgeEntryView = {
    id: String(snapshot.id),
    code,
    categoryKey: text(snapshot.categoryKey),
    ...(Object.fromEntries(
      JUDGE_FIELDS.map((spec) => [
        spec.key,
        blindValue(spec, text(snapshot[spec.key]), options.blind),
      ]),
    ) as Record<JudgeTextField, string | null>),
    title: String(snapshot.title ?? ''),
    answers: withoutKeys(
      (snapshot.answers as Record<string, unknown> | undefined) ?? {},
      options.withheldAnswers ?? [],
    ),
    revision: typeof snapshot.revision === 'number' ? snapshot.revision : null,
    attachments: attachments.map((a, index) => ({
      id: a.id,
      kind: a.kind,
      fileName: names[index],
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
      downloadUrl: options.fileUrl(a.id),
    })),
    team: options.blind ? null : teamOf(snapshot),
  };
  return view;
}

/** What stands where a link was, in a blind view. */
export const LINK_WITHHELD = '[…]';

/**
 * A blind judge gets no way to the team's own pages: the video address goes, like other
 * link answers (withheld with free text), and every link written into the text fields
 * (addresses, bare domains, e-mail addresses) is replaced by a marker. Which field gets
 * which is said once, in the entry form's field list.
 */
function blindValue(
  spec: (typeof JUDGE_FIELDS)[number],
  value: string | null,
  blind: boolean,
): string | null {
  if (!blind || value === null) return value;
  if (spec.whenBlind === 'withheld') return null;
  return spec.whenBlind === 'withoutLinks' ? withoutLinks(value, LINK_WITHHELD) : value;
}

function teamOf(snapshot: Record<string, unknown>): TeamIdentityView {
  const members = (Array.isArray(snapshot.members) ? snapshot.members : []) as SnapshotMember[];
  return {
    ...(Object.fromEntries(TEAM_IDENTITY_FIELDS.map((key) => [key, text(snapshot[key])])) as Record<
      TeamIdentityField,
      string | null
    >),
    members: members.map((m) => ({
      fullName: m.fullName,
      organization: m.organization ?? null,
      role: m.role,
    })),
  };
}

/** `QNG5-0042-pitch-deck.pdf`, `QNG5-0042-image-2.png`: the entry code and the kind, nothing the team chose. */
export function neutralFileNames(
  code: string,
  attachments: readonly Pick<SnapshotAttachment, 'kind' | 'mediaType'>[],
): string[] {
  const seen = new Map<string, number>();
  return attachments.map((a) => {
    const kind = a.kind.replace(/_/g, '-');
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    const extension = EXTENSIONS[a.mediaType] ?? 'bin';
    return `${code}-${kind}${n > 1 ? `-${n}` : ''}.${extension}`;
  });
}

export function toCriterionView(criterion: Criterion): CriterionView {
  return {
    key: criterion.key,
    labelVi: criterion.labelVi,
    labelEn: criterion.labelEn,
    guidanceVi: criterion.guidanceVi ?? null,
    guidanceEn: criterion.guidanceEn ?? null,
    weight: criterion.weight,
    maxScore: criterion.maxScore,
  };
}

function withoutKeys(answers: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers).filter(([key]) => !keys.includes(key)));
}
