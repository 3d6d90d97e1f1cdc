import type { Locale } from '@app/platform';
import type { Role } from '../users/role';

/** Who is calling: set on the request by the global auth guard. */
export interface Principal {
  userId: string;
  sessionId: string;
  role: Role;
  email: string;
  fullName: string;
  locale: Locale;
  emailVerified: boolean;
  /** The account's organisation: a judge's is one of the facts the conflict rules compare. */
  organization: string | null;
  /** How the caller proved who they are: a bearer access token (API) or the session cookie (pages). */
  via: 'bearer' | 'cookie';
}
