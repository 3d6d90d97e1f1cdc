import { Role } from '@app/accounts';
import type { Principal } from '@app/accounts';
import type { Audience } from '@app/festival';

/**
 * Who reads a festival: organizers (and administrators) see it while it is prepared,
 * everybody else only once it is published. Read on public routes, where the principal
 * is there only when someone is signed in.
 */
export function festivalAudienceOf(principal: Principal | undefined): Audience {
  return principal?.role === Role.organizer || principal?.role === Role.admin
    ? 'organizers'
    : 'public';
}
