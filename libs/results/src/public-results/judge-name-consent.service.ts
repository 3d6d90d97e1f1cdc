import { Injectable } from '@nestjs/common';
import { ContestJudge } from '@app/judging';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';

/**
 * A judge's consent to be named (name and title) on a contest's public results page. Off
 * by default: the panel shows only judges who said yes, and saying no again removes them.
 */
@Injectable()
export class JudgeNameConsentService {
  constructor(private readonly tx: TransactionRunner) {}

  /** The judge's current answer; someone else's invitation is not found. */
  async get(userId: string, invitationId: string): Promise<{ show: boolean }> {
    const row = await this.tx.manager.findOneBy(ContestJudge, { id: invitationId, userId });
    if (!row) throw new DomainError(ErrorCode.NOT_FOUND, 'No such invitation');
    return { show: row.showNameOnResults };
  }

  /** Someone else's invitation is not found. */
  async set(userId: string, invitationId: string, show: boolean): Promise<{ show: boolean }> {
    const result = await this.tx.manager.update(
      ContestJudge,
      { id: invitationId, userId },
      { showNameOnResults: show },
    );
    if (!result.affected) throw new DomainError(ErrorCode.NOT_FOUND, 'No such invitation');
    return { show };
  }
}
