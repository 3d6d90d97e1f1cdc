import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Category, Prize } from '@app/contests';
import { Entry } from '@app/entries';
import { Award, AwardSlot } from '@app/results';
import { FestivalPitch } from '../live/festival-pitch.entity';
import type { LiveFinal } from '../live/live-final.entity';
import { liveFinalOf } from '../live/live-final-lookup';
import type { Festival } from '../programme/festival.entity';
import { PeoplesVote } from '../votes/peoples-vote.entity';

export interface HallTeam {
  code: string;
  title: string;
  team: string | null;
}

/** The pitch on stage now, with its timer's start and lengths. */
export interface HallPitch extends HallTeam {
  position: number;
  of: number;
  categoryVi: string;
  categoryEn: string;
  openedAt: string;
  pitchSeconds: number;
  questionSeconds: number;
}

/** A revealed prize and its winners. */
export interface HallPrize {
  nameVi: string;
  nameEn: string;
  winners: HallTeam[];
}

/** A finalist's line of the people's choice tally. */
export interface HallTallyLine extends HallTeam {
  votes: number;
}

/** Everything a hall screen shows, as one snapshot: screens never add events up themselves. */
export interface HallState {
  festivalId: string;
  nameVi: string;
  nameEn: string;
  /** The server's clock when the snapshot was read; screens keep their offset to it. */
  serverTime: string;
  /** The open pitch, null between pitches. */
  pitch: HallPitch | null;
  /** Every pitch of the order has been closed. */
  finished: boolean;
  /** The prizes revealed so far, in reveal order (the smallest first, the top prize last). */
  prizes: HallPrize[];
  prizesLeft: number;
  voting: 'not_open' | 'open' | 'closed';
  /** The people's choice, once organizers reveal it: most votes first. */
  tally: HallTallyLine[] | null;
}

const teamOf = (entry: Entry | undefined): HallTeam => ({
  code: entry?.code ?? '',
  title: entry?.title ?? '',
  team: entry ? (entry.teamName ?? entry.organization ?? null) : null,
});

/**
 * The prizes with confirmed awards, in the order the hall reveals them: the reverse of the
 * contest's prize order, so the first prize comes last.
 */
export async function prizesToReveal(
  manager: EntityManager,
  contestId: string,
): Promise<{ prize: Prize; awards: Award[] }[]> {
  const [prizes, awards] = await Promise.all([
    manager.find(Prize, { where: { contestId }, order: { position: 'ASC', createdAt: 'ASC' } }),
    manager.find(Award, {
      where: { contestId, slot: AwardSlot.confirmed },
      order: { seat: 'ASC' },
    }),
  ]);
  return prizes
    .map((prize) => ({ prize, awards: awards.filter((a) => a.prizeId === prize.id) }))
    .filter((p) => p.awards.length > 0)
    .reverse();
}

export function votingState(live: LiveFinal): HallState['voting'] {
  if (live.votingClosedAt) return 'closed';
  return live.votingOpenedAt ? 'open' : 'not_open';
}

export async function readHallState(
  manager: EntityManager,
  festival: Festival,
): Promise<HallState> {
  const live = await liveFinalOf(manager, festival.id);
  const [pitches, reveal, votes] = await Promise.all([
    manager.find(FestivalPitch, { where: { festivalId: festival.id } }),
    prizesToReveal(manager, festival.contestId),
    live.tallyRevealedAt
      ? manager.findBy(PeoplesVote, { festivalId: festival.id })
      : Promise.resolve([]),
  ]);
  const open = pitches.find((p) => p.openedAt && !p.closedAt) ?? null;
  const shown = reveal.slice(0, live.revealedPrizes);
  const entryIds = new Set<string>([
    ...(open ? [open.entryId] : []),
    ...shown.flatMap((p) => p.awards.map((a) => a.entryId)),
    ...votes.map((v) => v.entryId),
  ]);
  const entries = entryIds.size ? await manager.findBy(Entry, { id: In([...entryIds]) }) : [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  let pitch: HallState['pitch'] = null;
  if (open) {
    const category = await manager.findOneBy(Category, { id: open.categoryId });
    pitch = {
      ...teamOf(byId.get(open.entryId)),
      position: open.position,
      of: pitches.filter((p) => p.categoryId === open.categoryId).length,
      categoryVi: category?.nameVi ?? '',
      categoryEn: category?.nameEn ?? '',
      openedAt: open.openedAt!.toISOString(),
      pitchSeconds: live.pitchMinutes * 60,
      questionSeconds: live.questionMinutes * 60,
    };
  }
  return {
    festivalId: festival.id,
    nameVi: festival.nameVi,
    nameEn: festival.nameEn,
    serverTime: new Date().toISOString(),
    pitch,
    finished: pitches.length > 0 && pitches.every((p) => p.closedAt),
    prizes: shown.map(({ prize, awards }) => ({
      nameVi: prize.nameVi,
      nameEn: prize.nameEn,
      winners: awards.map((a) => teamOf(byId.get(a.entryId))),
    })),
    prizesLeft: reveal.length - shown.length,
    voting: votingState(live),
    tally: live.tallyRevealedAt ? tallyOf(votes, byId) : null,
  };
}

function tallyOf(votes: PeoplesVote[], byId: Map<string, Entry>): HallState['tally'] {
  const counts = new Map<string, number>();
  for (const vote of votes) counts.set(vote.entryId, (counts.get(vote.entryId) ?? 0) + 1);
  return [...counts.entries()]
    .map(([entryId, count]) => ({ ...teamOf(byId.get(entryId)), votes: count }))
    .sort((a, b) => b.votes - a.votes || a.code.localeCompare(b.code));
}
