import type { Criterion } from '@app/contests/rounds/round.entity';
import { withoutLinks } from '@app/platform/text/markdown';

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
export interface TeamIdentityView {
  teamName: string | null;
  organization: string | null;
  district: string | null;
  members: { fullName: string; organization: string | null; role: string }[];
}

/** The entry as a judge may see it: the submitted version, without identities in a blind contest. */
export interface JudgeEntryView {
  id: string;
  code: string;
  categoryKey: string | null;
  fieldKey: string | null;
  applicantType: string | null;
  title: string;
  stage: string | null;
  summary: string | null;
  problem: string | null;
  solution: string | null;
  customers: string | null;
  businessModel: string | null;
  advantage: string | null;
  fundingNeeds: string | null;
  videoUrl: string | null;
  businessRegisteredOn: string | null;
  answers: Record<string, unknown>;
  revision: number | null;
  attachments: JudgeAttachmentView[];
  /** Null in a blind contest. */
  team: TeamIdentityView | null;
}

export interface CriterionView {
  key: string;
  labelVi: string;
  labelEn: string;
  guidanceVi: string | null;
  guidanceEn: string | null;
  weight: number;
  maxScore: number;
}

const TEXT_FIELDS = [
  'stage',
  'summary',
  'problem',
  'solution',
  'customers',
  'businessModel',
  'advantage',
  'fundingNeeds',
  'videoUrl',
  'businessRegisteredOn',
] as const;

/** The fields the team writes freely (Markdown), where a link may hide: all but these three. */
const NOT_PROSE = new Set<string>(['stage', 'videoUrl', 'businessRegisteredOn']);
const PROSE_FIELDS = TEXT_FIELDS.filter((field) => !NOT_PROSE.has(field));

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
    fieldKey: text(snapshot.fieldKey),
    applicantType: text(snapshot.applicantType),
    title: String(snapshot.title ?? ''),
    stage: null,
    summary: null,
    problem: null,
    solution: null,
    customers: null,
    businessModel: null,
    advantage: null,
    fundingNeeds: null,
    videoUrl: null,
    businessRegisteredOn: null,
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
  for (const field of TEXT_FIELDS) view[field] = text(snapshot[field]);
  if (options.blind) withholdLinks(view);
  return view;
}

/** What stands where a link was, in a blind view. */
export const LINK_WITHHELD = '[…]';

/**
 * A blind judge gets no way to the team's own pages: the video address goes, like other
 * link answers (withheld with free text), and every link written into the text fields
 * (addresses, bare domains, e-mail addresses) is replaced by a marker.
 */
function withholdLinks(view: JudgeEntryView): void {
  view.videoUrl = null;
  for (const field of PROSE_FIELDS) {
    const value = view[field];
    if (value) view[field] = withoutLinks(value, LINK_WITHHELD);
  }
}

function teamOf(snapshot: Record<string, unknown>): TeamIdentityView {
  const members = (Array.isArray(snapshot.members) ? snapshot.members : []) as SnapshotMember[];
  return {
    teamName: text(snapshot.teamName),
    organization: text(snapshot.organization),
    district: text(snapshot.district),
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
