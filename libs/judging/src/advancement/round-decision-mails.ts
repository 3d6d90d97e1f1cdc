import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Entry, teamDedupeKey, teamMailRecipientsByEntry } from '@app/entries';
import { OutboxService } from '@app/notifications';
import type { NewNotification } from '@app/notifications';
import { Score, ScoreStatus } from '../scoring/score.entity';
import type { FinalDecision } from './advancement.mapper';
import type { RoundContext } from './round-context';

/**
 * One mail per member of each team of a decided round, each in their own language. When the
 * contest shares judges' comments they are listed as "Nhận xét 1", "Nhận xét 2" ... in an
 * order unrelated to who wrote them: a team never learns which judge said what.
 */
@Injectable()
export class RoundDecisionMails {
  constructor(private readonly outbox: OutboxService) {}

  async enqueue(
    manager: EntityManager,
    context: RoundContext,
    decisions: FinalDecision[],
  ): Promise<void> {
    if (decisions.length === 0) return;
    const { round, contest } = context;
    const entryIds = decisions.map((d) => d.entryId);
    const entries = await manager.findBy(Entry, { id: In(entryIds) });
    const teams = await teamMailRecipientsByEntry(manager, entries);
    const comments = contest.shareJudgeComments
      ? await commentsByEntry(manager, round.id, entryIds)
      : new Map<string, string[]>();

    const mails: NewNotification[] = [];
    for (const decision of decisions) {
      const entry = entries.find((e) => e.id === decision.entryId);
      if (!entry) continue;
      for (const recipient of teams.get(entry.id) ?? []) {
        const { locale } = recipient;
        const vi = locale === 'vi';
        const lines = (comments.get(entry.id) ?? []).map(
          (text, index) => `${vi ? 'Nhận xét' : 'Comment'} ${index + 1}: ${text}`,
        );
        mails.push({
          dedupeKey: teamDedupeKey(`round-decision:${round.id}:${entry.id}`, recipient),
          recipientEmail: recipient.email,
          recipientUserId: recipient.userId,
          template: decision.advanced ? 'round-advanced' : 'round-not-advanced',
          locale,
          data: {
            fullName: recipient.fullName,
            code: entry.code,
            title: entry.title,
            contestName: vi ? contest.nameVi : contest.nameEn,
            roundName: vi ? round.nameVi : round.nameEn,
            comments: lines.length > 0 ? lines.join('\n') : null,
          },
        });
      }
    }
    await this.outbox.enqueueMany(manager, mails);
  }
}

/** Submitted comments for the team, sorted by their text so their order says nothing about the judges. */
async function commentsByEntry(
  manager: EntityManager,
  roundId: string,
  entryIds: string[],
): Promise<Map<string, string[]>> {
  const scores = await manager.find(Score, {
    where: { roundId, entryId: In(entryIds), status: ScoreStatus.submitted },
    select: { entryId: true, commentForTeam: true },
  });
  const byEntry = new Map<string, string[]>();
  for (const score of scores) {
    const text = score.commentForTeam?.trim();
    if (!text) continue;
    byEntry.set(score.entryId, [...(byEntry.get(score.entryId) ?? []), text]);
  }
  for (const list of byEntry.values()) list.sort((a, b) => a.localeCompare(b, 'vi'));
  return byEntry;
}
