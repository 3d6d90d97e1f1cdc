import { InvestorProfile } from './investor-profile.entity';
import { MeetingRequest } from './meeting-request.entity';
import { MeetingSlot } from './meeting-slot.entity';

/** The investor connection: profiles, the festival's meeting slots and the requests. */
export const INVESTOR_ENTITIES: Function[] = [InvestorProfile, MeetingSlot, MeetingRequest];
