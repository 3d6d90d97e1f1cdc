import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { User } from '@app/accounts';
import { MembershipVetoes } from '@app/entries';
import type { JoiningPerson, MembershipVeto } from '@app/entries';
import { DomainError, ErrorCode } from '@app/platform';
import { ContestJudge } from './contest-judge.entity';

/**
 * The other half of "a participant cannot judge the contest" (JudgeAccounts refuses to make
 * a participant a judge): someone invited to judge a contest, whatever their answer so far
 * (a declined invitation may still be accepted), cannot confirm a place on one of its teams.
 */
@Injectable()
export class JudgeMembershipVeto implements MembershipVeto, OnModuleInit {
  constructor(private readonly vetoes: MembershipVetoes) {}

  onModuleInit(): void {
    this.vetoes.register(this);
  }

  async assertMayJoin(manager: EntityManager, person: JoiningPerson): Promise<void> {
    const judges = await manager
      .createQueryBuilder(ContestJudge, 'j')
      .innerJoin(User, 'u', 'u.id = j.userId')
      .where('j.contestId = :contestId AND u.email = :email', person)
      .getCount();
    if (judges > 0)
      throw new DomainError(
        ErrorCode.JUDGE_OF_CONTEST,
        'A judge of this contest cannot take part in it',
      );
  }
}
