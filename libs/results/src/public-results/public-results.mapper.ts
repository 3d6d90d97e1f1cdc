import type { Category, Contest, Round } from '@app/contests';
import type { Entry } from '@app/entries';
import { toVietnamIsoOrNull } from '@app/platform';
import type { Prize } from '@app/contests';
import type { AnnouncedOutcome } from '../announcement/announced-outcome.entity';
import { prizeIdsOfKey } from '../announcement/participant-outcome';

export interface PublicEntry {
  code: string;
  title: string;
  summary: string | null;
  teamName: string | null;
  categoryKey: string | null;
}

export interface PublicResults {
  contest: { id: string; slug: string; nameVi: string; nameEn: string };
  /** The first announcement; corrections follow with their dates. */
  announcedAt: string;
  corrections: { version: number; at: string }[];
  dates: {
    registrationOpensAt: string | null;
    submissionDeadline: string | null;
    finalDecidedAt: string | null;
  };
  prizes: {
    id: string;
    kind: string;
    nameVi: string;
    nameEn: string;
    amount: number;
    winners: PublicEntry[];
  }[];
  finalists: { key: string; nameVi: string; nameEn: string; entries: PublicEntry[] }[];
  judges: { fullName: string; title: string | null }[];
}

export interface PublicResultsInput {
  contest: Contest;
  versions: { version: number; at: string }[];
  outcomes: AnnouncedOutcome[];
  entries: Map<string, Entry>;
  categories: Category[];
  prizes: Prize[];
  rounds: Round[];
  judges: { fullName: string; title: string | null }[];
}

/** Only what the public may read: no scores, no members' addresses, no judges who declined. */
export function toPublicResults(input: PublicResultsInput): PublicResults {
  const { contest, entries, categories } = input;
  const keyOf = new Map(categories.map((c) => [c.id, c.key]));
  const publicEntry = (entry: Entry): PublicEntry => ({
    code: entry.code,
    title: entry.title,
    summary: entry.summary,
    teamName: entry.teamName,
    categoryKey: keyOf.get(entry.categoryId) ?? null,
  });
  const byCode = (a: Entry, b: Entry) => a.code.localeCompare(b.code);
  const winnersOf = new Map<string, Entry[]>();
  const finalists: Entry[] = [];
  for (const outcome of input.outcomes) {
    const entry = entries.get(outcome.entryId);
    if (!entry) continue;
    if (outcome.kind === 'finalist') finalists.push(entry);
    for (const prizeId of prizeIdsOfKey(outcome.outcomeKey))
      winnersOf.set(prizeId, [...(winnersOf.get(prizeId) ?? []), entry]);
  }
  const [first, ...corrections] = input.versions;
  return {
    contest: { id: contest.id, slug: contest.slug, nameVi: contest.nameVi, nameEn: contest.nameEn },
    announcedAt: first?.at ?? '',
    corrections,
    dates: {
      registrationOpensAt: toVietnamIsoOrNull(contest.registrationOpensAt),
      submissionDeadline: toVietnamIsoOrNull(contest.submissionDeadline),
      finalDecidedAt: toVietnamIsoOrNull(input.rounds.at(-1)?.decidedAt ?? null),
    },
    prizes: input.prizes
      .filter((prize) => winnersOf.has(prize.id))
      .map((prize) => ({
        id: prize.id,
        kind: prize.kind,
        nameVi: prize.nameVi,
        nameEn: prize.nameEn,
        amount: prize.amount,
        winners: (winnersOf.get(prize.id) ?? []).sort(byCode).map(publicEntry),
      })),
    finalists: categories
      .map((category) => ({
        key: category.key,
        nameVi: category.nameVi,
        nameEn: category.nameEn,
        entries: finalists
          .filter((e) => e.categoryId === category.id)
          .sort(byCode)
          .map(publicEntry),
      }))
      .filter((group) => group.entries.length > 0),
    judges: input.judges,
  };
}
