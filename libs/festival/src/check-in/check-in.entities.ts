import { FestivalGuest } from '../guests/festival-guest.entity';
import { FestivalGuestSeat } from '../guests/festival-guest-seat.entity';
import { FestivalCheckIn } from './festival-check-in.entity';
import { FestivalPass } from './festival-pass.entity';

/** The tables of the festival's guests, passes and admissions. */
export const CHECK_IN_ENTITIES: Function[] = [
  FestivalGuest,
  FestivalGuestSeat,
  FestivalPass,
  FestivalCheckIn,
];
