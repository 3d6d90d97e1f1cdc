import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Principal } from '@app/accounts';
import { Contest, Round } from '@app/contests';
import type { Entry } from '@app/entries';
import { TransactionRunner } from '@app/platform';
import { AnnouncedOutcome } from '../announcement/announced-outcome.entity';
import type { OutcomeKind } from '../announcement/participant-outcome';
import { prizeIdsOfKey } from '../announcement/participant-outcome';
import { Prize } from '@app/contests';
import { CertificateService } from '../certificates/certificate.service';
import { FeedbackReleaseService, readsTeamFeedback } from '../feedback/feedback-release.service';
import { GalleryOptInService } from '../gallery/gallery-opt-in.service';
import { entriesOfPerson, latestAnnouncements } from './member-entries';

interface Names {
  nameVi: string;
  nameEn: string;
}

/** What a team member finds of an announced entry's results on their home and entry pages. */
export interface EntryResultsSummary {
  entryId: string;
  entryCode: string;
  entryTitle: string;
  /** The caller leads the entry: its page (and the judges' feedback on it) is theirs. */
  leads: boolean;
  contest: Names & { slug: string };
  /** As the latest announcement version states it. */
  outcome: { kind: OutcomeKind; prizes: Names[]; round: Names | null };
  /** Certificates the caller may download for this entry (0: no link). */
  certificates: number;
  /** The gallery opt-in and whether the entry is shown now; null when it cannot be shown. */
  gallery: { shown: boolean } | null;
  /** Rounds whose judges' comments and scores are released to the team. */
  feedbackRounds: (Names & { roundId: string })[];
  resultsPath: string;
}

/**
 * The results of a person's entries once their contest is announced, read from the
 * latest announcement (not from the awards as they stand now: a change reaches the team
 * with its correction). Before the announcement an entry has no summary at all.
 */
@Injectable()
export class EntryResultsSummaryService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly certificates: CertificateService,
    private readonly gallery: GalleryOptInService,
    private readonly feedback: FeedbackReleaseService,
  ) {}

  /** Every announced entry the caller leads or is a member of, newest first. */
  async forPerson(principal: Principal): Promise<EntryResultsSummary[]> {
    return this.summaries(principal, await entriesOfPerson(this.tx.manager, principal));
  }

  /** One entry of the caller's (null before the announcement, or when not theirs). */
  async forEntry(principal: Principal, entryId: string): Promise<EntryResultsSummary | null> {
    const entries = await entriesOfPerson(this.tx.manager, principal);
    const [summary] = await this.summaries(
      principal,
      entries.filter((e) => e.id === entryId),
    );
    return summary ?? null;
  }

  private async summaries(principal: Principal, entries: Entry[]) {
    const manager = this.tx.manager;
    const latest = await latestAnnouncements(
      manager,
      entries.map((e) => e.contestId),
    );
    if (latest.size === 0) return [];
    const announced = entries.filter((e) => latest.has(e.contestId));
    const contestIds = [...latest.keys()];
    const [outcomes, contests, prizes, rounds] = await Promise.all([
      manager.find(AnnouncedOutcome, {
        where: {
          announcementId: In([...latest.values()].map((a) => a.id)),
          entryId: In(announced.map((e) => e.id)),
        },
      }),
      manager.find(Contest, { where: { id: In(contestIds) } }),
      manager.find(Prize, { where: { contestId: In(contestIds) } }),
      manager.find(Round, { where: { contestId: In(contestIds) }, order: { position: 'ASC' } }),
    ]);
    const outcomeOf = new Map(outcomes.map((o) => [o.entryId, o]));
    const contestOf = new Map(contests.map((c) => [c.id, c]));
    const prizeOf = new Map(prizes.map((p) => [p.id, p]));
    const out: EntryResultsSummary[] = [];
    // An entry the announcement did not tell (a draft, withdrawn) has no results to show.
    for (const entry of announced) {
      const outcome = outcomeOf.get(entry.id);
      const contest = contestOf.get(entry.contestId);
      if (!outcome || !contest) continue;
      const ofContest = rounds.filter((r) => r.contestId === contest.id);
      out.push({
        entryId: entry.id,
        entryCode: entry.code,
        entryTitle: entry.title,
        leads: entry.ownerId === principal.userId,
        contest: { slug: contest.slug, nameVi: contest.nameVi, nameEn: contest.nameEn },
        outcome: {
          kind: outcome.kind,
          prizes: prizeIdsOfKey(outcome.outcomeKey)
            .map((id) => prizeOf.get(id))
            .filter((p): p is Prize => Boolean(p))
            .sort((a, b) => a.position - b.position)
            .map(names),
          round: advancedRound(outcome, ofContest),
        },
        ...(await this.perEntry(principal, entry)),
        resultsPath: `/results/${contest.slug}`,
      });
    }
    return out;
  }

  /** The parts each owned by its own service, so their access rules stay in one place. */
  private async perEntry(principal: Principal, entry: Entry) {
    const [certificates, gallery, feedbackRounds] = await Promise.all([
      this.certificates.forEntry(principal, entry.id),
      this.gallery.state(principal, entry.id),
      this.releasedRounds(principal, entry),
    ]);
    return {
      certificates: certificates.length,
      gallery: gallery.available || gallery.listed ? { shown: gallery.shown } : null,
      feedbackRounds,
    };
  }

  /** The released rounds, for those who may read them (else none: no link to follow). */
  private async releasedRounds(principal: Principal, entry: Entry) {
    if (!(await readsTeamFeedback(this.tx.manager, principal.userId, entry))) return [];
    const rounds = await this.feedback.releasedForEntry(principal.userId, entry.id);
    return rounds.map((r) => ({ roundId: r.roundId, nameVi: r.nameVi, nameEn: r.nameEn }));
  }
}

const names = (p: Names): Names => ({ nameVi: p.nameVi, nameEn: p.nameEn });

/** The round an `advanced:<n>` outcome reached (1-based position among the contest's rounds). */
function advancedRound(outcome: AnnouncedOutcome, rounds: Round[]): Names | null {
  if (outcome.kind !== 'advanced') return null;
  const round = rounds[Number(outcome.outcomeKey.split(':')[1]) - 1];
  return round ? names(round) : null;
}
