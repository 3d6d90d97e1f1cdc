import { createHash } from 'node:crypto';
import type { Contest } from '@app/contests';
import { teamMailOf } from '@app/entries';
import type { TeamMailRecipient } from '@app/entries';
import type { NewNotification } from '@app/notifications';
import type { EntryOutcome } from './announcement-facts';
import { outcomeWords, prizeNames, roundName } from './outcome-words';
import type { OutcomeNames } from './outcome-words';

export type ResultsTemplate =
  | 'results-prize'
  | 'results-finalist'
  | 'results-advanced'
  | 'results-not-advanced'
  | 'results-ineligible'
  | 'results-correction';

/** The dedupe keys of one version start so: its progress and retries select by this prefix. */
export function versionKeyPrefix(contestId: string, version: number): string {
  return `results:${contestId}:${version}:`;
}

/**
 * One mail per recipient, version and outcome: announcing the same version again, from
 * another request, a replayed relay or a restarted worker, writes no second row. The
 * address is hashed to keep the key within its 191 characters.
 */
export function announcementDedupeKey(
  contestId: string,
  version: number,
  entryId: string,
  email: string,
  outcomeKind: string,
): string {
  const who = createHash('sha256').update(email).digest('hex').slice(0, 16);
  return `${versionKeyPrefix(contestId, version)}${entryId}:${who}:${outcomeKind}`;
}

/** Where the mails point: the public results page, and an entry's certificates page. */
export interface AnnouncementLinks {
  results: string;
  certificatesOf(entryId: string): string;
}

/**
 * The mail that tells one team member the outcome of their entry: the outcome's own
 * template in the first version, the correction template in a later one.
 */
export function announcementMail(
  contest: Pick<Contest, 'id' | 'nameVi' | 'nameEn'>,
  version: number,
  item: EntryOutcome,
  recipient: TeamMailRecipient,
  names: OutcomeNames,
  links: AnnouncementLinks,
): NewNotification<ResultsTemplate> {
  const { outcome, entry } = item;
  const key = announcementDedupeKey(contest.id, version, entry.id, recipient.email, outcome.kind);
  const { row, data: common } = teamMailOf(recipient, key, entry, contest);
  // teamMailOf keys the leader by the event alone; here every member's key carries their address.
  const base = { ...row, dedupeKey: key };
  const data = { ...common, link: links.results };
  const certificatesLink = links.certificatesOf(entry.id);
  const locale = recipient.locale;
  if (version > 1)
    return {
      ...base,
      template: 'results-correction',
      data: { ...data, outcome: outcomeWords(outcome, names, locale) },
    };
  switch (outcome.kind) {
    case 'prize':
      return {
        ...base,
        template: 'results-prize',
        data: { ...data, prizeName: prizeNames(outcome, names, locale), certificatesLink },
      };
    case 'finalist':
      return { ...base, template: 'results-finalist', data: { ...data, certificatesLink } };
    case 'advanced':
      return {
        ...base,
        template: 'results-advanced',
        data: { ...data, roundName: roundName(outcome.round, names, locale) },
      };
    case 'not_advanced':
      return { ...base, template: 'results-not-advanced', data };
    case 'ineligible':
      return { ...base, template: 'results-ineligible', data };
  }
}
