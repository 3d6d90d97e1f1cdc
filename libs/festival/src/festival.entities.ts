import { CHECK_IN_ENTITIES } from './check-in/check-in.entities';
import { FestivalPitch } from './live/festival-pitch.entity';
import { LiveFinal } from './live/live-final.entity';
import { PitchDraw } from './live/pitch-draw.entity';
import { Festival } from './programme/festival.entity';
import { FestivalBooth } from './programme/festival-booth.entity';
import { FestivalSession } from './programme/festival-session.entity';
import { PeoplesVote } from './votes/peoples-vote.entity';
import { VoteCast } from './votes/vote-cast.entity';
import { VoteCode } from './votes/vote-code.entity';

/** The tables of the festival day: programme, guests and check-in. */
export const FESTIVAL_ENTITIES: Function[] = [
  Festival,
  FestivalSession,
  FestivalBooth,
  ...CHECK_IN_ENTITIES,
];

/** The live final, the hall and the people's choice. */
export const LIVE_FINAL_ENTITIES: Function[] = [
  FestivalPitch,
  PitchDraw,
  LiveFinal,
  PeoplesVote,
  VoteCast,
  VoteCode,
];
