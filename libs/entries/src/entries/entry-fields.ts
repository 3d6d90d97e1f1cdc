/**
 * The standard fields of an entry form, in the order the form shows them. Every place that
 * names these fields (the API's limits, the page form, the applicant's and organizer's view,
 * the judge's view and the scoring page) derives its list from this one, so a field added
 * or renamed here cannot be forgotten in one of them.
 */

/** How a field is typed and shown: `markdown` is written in Markdown and shown rendered. */
export type EntryFieldKind = 'text' | 'markdown' | 'date' | 'url' | 'choice';

/**
 * What a judge of a blind contest gets: the value itself, nothing (it names the team or
 * leads to its pages), or the text with every link replaced by a marker.
 */
export type BlindTreatment = 'shown' | 'withheld' | 'withoutLinks';

export interface EntryFieldSpec {
  /** The form field, the DTO property and the column of the same name. */
  readonly key: string;
  /** Catalogue key of the field's label (vi and en). */
  readonly labelKey: string;
  readonly kind: EntryFieldKind;
  /** Maximum length in characters, for text kinds. */
  readonly maxLength?: number;
  readonly section: 'general' | 'idea';
  /** Must be filled before the entry can be submitted. */
  readonly requiredOnSubmit: boolean;
  /** Part of the submitted version a judge reads. */
  readonly shownToJudges: boolean;
  readonly whenBlind: BlindTreatment;
  /** Kept and shown on older entries, no longer offered on the form. */
  readonly history?: boolean;
}

/** Long texts are Markdown; 10,000 characters fit a MySQL TEXT in utf8mb4. */
const LONG_TEXT = 10_000;

type Overrides = Partial<Omit<EntryFieldSpec, 'key' | 'kind' | 'section'>>;

/** The defaults below with `Rest` laid over them, keeping literal types for the lists. */
type Base<K extends string, Kind extends EntryFieldKind> = {
  key: K;
  labelKey: string;
  kind: Kind;
  section: EntryFieldSpec['section'];
  requiredOnSubmit: false;
  shownToJudges: true;
  whenBlind: BlindTreatment;
};
type Made<K extends string, Kind extends EntryFieldKind, Rest extends Overrides> = {
  readonly [P in keyof Base<K, Kind> | keyof Rest]: P extends keyof Rest
    ? Rest[P]
    : P extends keyof Base<K, Kind>
      ? Base<K, Kind>[P]
      : never;
};

function field<
  const K extends string,
  const Kind extends EntryFieldKind,
  const Rest extends Overrides = Record<never, never>,
>(
  key: K,
  kind: Kind,
  section: EntryFieldSpec['section'],
  rest?: Rest,
): Made<K, Kind, NoInfer<Rest>> {
  return {
    key,
    labelKey: `entryForm.${key}`,
    kind,
    section,
    requiredOnSubmit: false,
    shownToJudges: true,
    // Prose is where a team may write its own address or site.
    whenBlind: kind === 'markdown' ? 'withoutLinks' : 'shown',
    ...rest,
  } as unknown as Made<K, Kind, NoInfer<Rest>>;
}

export const ENTRY_FIELDS = [
  field('title', 'text', 'general', { maxLength: 200, requiredOnSubmit: true }),
  field('teamName', 'text', 'general', { maxLength: 120, whenBlind: 'withheld' }),
  field('applicantType', 'choice', 'general'),
  // The contest's own list of fields (agriculture, tourism, ...), chosen from a select.
  field('fieldKey', 'choice', 'general'),
  field('stage', 'choice', 'general'),
  field('organization', 'text', 'general', { maxLength: 200, whenBlind: 'withheld' }),
  // Chosen from the province's communes and wards (two-level local government since July 2025).
  field('commune', 'choice', 'general', { whenBlind: 'withheld' }),
  // The district of entries from before July 2025: shown as history, no longer edited on the form.
  field('district', 'text', 'general', { maxLength: 100, whenBlind: 'withheld', history: true }),
  field('businessRegisteredOn', 'date', 'general'),
  field('videoUrl', 'url', 'general', { maxLength: 500, whenBlind: 'withheld' }),
  field('summary', 'markdown', 'idea', { maxLength: 2_000, requiredOnSubmit: true }),
  field('problem', 'markdown', 'idea', { maxLength: LONG_TEXT, requiredOnSubmit: true }),
  field('solution', 'markdown', 'idea', { maxLength: LONG_TEXT, requiredOnSubmit: true }),
  field('customers', 'markdown', 'idea', { maxLength: LONG_TEXT, requiredOnSubmit: true }),
  field('businessModel', 'markdown', 'idea', { maxLength: LONG_TEXT, requiredOnSubmit: true }),
  field('advantage', 'markdown', 'idea', { maxLength: LONG_TEXT }),
  field('fundingNeeds', 'markdown', 'idea', { maxLength: 2_000 }),
] as const satisfies readonly EntryFieldSpec[];

export type EntryFieldKey = (typeof ENTRY_FIELDS)[number]['key'];
type FieldOf<K extends EntryFieldKey> = Extract<(typeof ENTRY_FIELDS)[number], { key: K }>;

/** The keys of the fields that match, typed by what they have in common. */
function keysWhere<F extends (typeof ENTRY_FIELDS)[number]>(
  test: (spec: (typeof ENTRY_FIELDS)[number]) => spec is F,
): F['key'][] {
  return ENTRY_FIELDS.filter(test).map((spec) => spec.key);
}

export const entryField = <K extends EntryFieldKey>(key: K): FieldOf<K> =>
  ENTRY_FIELDS.find((spec) => spec.key === key) as FieldOf<K>;

/** The maximum length of a text field; the DTO and the form's `maxlength` both read it. */
export const maxLengthOf = (key: EntryFieldKey): number => {
  const max = (entryField(key) as EntryFieldSpec).maxLength;
  if (max === undefined) throw new Error(`${key} has no maximum length`);
  return max;
};

type MarkdownField = Extract<(typeof ENTRY_FIELDS)[number], { kind: 'markdown' }>;

/** The long texts, written in Markdown and shown rendered (sanitised). */
export const MARKDOWN_FIELDS = keysWhere((spec): spec is MarkdownField => spec.kind === 'markdown');
export type MarkdownFieldKey = (typeof MARKDOWN_FIELDS)[number];

type Required = Extract<(typeof ENTRY_FIELDS)[number], { requiredOnSubmit: true }>;

/** Standard fields that must be filled before an entry can be submitted. */
export const REQUIRED_ON_SUBMIT = keysWhere((spec): spec is Required => spec.requiredOnSubmit);

/** What a judge of a blind contest gets of each field. */
export const blindTreatmentOf = (key: EntryFieldKey): BlindTreatment =>
  (entryField(key) as EntryFieldSpec).whenBlind;

/** Fields of the given section the form offers, in order (history fields are not offered). */
export const fieldsOfSection = (section: EntryFieldSpec['section']): readonly EntryFieldSpec[] =>
  (ENTRY_FIELDS as readonly EntryFieldSpec[]).filter(
    (spec) => spec.section === section && !spec.history,
  );

/**
 * Who the team is: a judge sees these as the team, and only when judging is not blind
 * (each is `withheld` above).
 */
export const TEAM_IDENTITY_FIELDS = [
  'teamName',
  'organization',
  'commune',
  'district',
] as const satisfies readonly EntryFieldKey[];
export type TeamIdentityField = (typeof TEAM_IDENTITY_FIELDS)[number];
