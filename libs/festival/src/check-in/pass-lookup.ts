import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@app/platform';
import type { Festival } from '../programme/festival.entity';
import { FestivalPass } from './festival-pass.entity';
import { codeKind, normaliseShortCode } from './pass-codes';

/**
 * The pass a scanned or typed code names at this festival's door. A code of no pass
 * (mistyped, forged, cancelled) is CHECK_IN_CODE_UNKNOWN; a token of another festival's
 * pass is CHECK_IN_OTHER_FESTIVAL. A short code is only looked up in this festival (short
 * codes are unique per festival, so one could belong to a pass elsewhere by chance).
 */
export async function passAtDoor(
  manager: EntityManager,
  festival: Festival,
  code: string,
): Promise<FestivalPass> {
  const kind = codeKind(code.trim());
  const pass =
    kind === 'token'
      ? await manager.findOneBy(FestivalPass, { token: code.trim() })
      : kind === 'short'
        ? await manager.findOneBy(FestivalPass, {
            festivalId: festival.id,
            shortCode: normaliseShortCode(code),
          })
        : null;
  if (!pass) throw new DomainError(ErrorCode.CHECK_IN_CODE_UNKNOWN, 'No pass has this code');
  if (pass.festivalId !== festival.id)
    throw new DomainError(
      ErrorCode.CHECK_IN_OTHER_FESTIVAL,
      'This pass is for another contest’s festival',
    );
  return pass;
}
