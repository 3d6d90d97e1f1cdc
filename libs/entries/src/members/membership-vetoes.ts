import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A person about to confirm a place on a team of a contest. */
export interface JoiningPerson {
  contestId: string;
  /** Lower-cased. */
  email: string;
}

/**
 * A rule of a library above this one that may keep a person out of a contest's teams. The
 * judging library registers one (judges of a contest cannot take part in it): entries
 * cannot import judging, so judging plugs its rule in here rather than the rule being
 * copied, or checked by each caller at the edge.
 */
export interface MembershipVeto {
  /** Throws a DomainError when the person may not join a team of the contest. */
  assertMayJoin(manager: EntityManager, person: JoiningPerson): Promise<void>;
}

/** The registered vetoes, asked inside the confirmation's transaction. */
@Injectable()
export class MembershipVetoes {
  private readonly vetoes: MembershipVeto[] = [];

  register(veto: MembershipVeto): void {
    if (!this.vetoes.includes(veto)) this.vetoes.push(veto);
  }

  async assertMayJoin(manager: EntityManager, person: JoiningPerson): Promise<void> {
    for (const veto of this.vetoes) await veto.assertMayJoin(manager, person);
  }
}
