import { ConflictSource, ConflictSubject } from './conflict-of-interest.entity';
import {
  emailDomainOf,
  institutionalDomainOf,
  normaliseDomain,
  normaliseEmail,
  normaliseOrganization,
} from './conflict-rules';

export interface JudgeProfile {
  userId: string;
  email: string;
  organization: string | null;
}

export interface EntryProfile {
  id: string;
  organization: string | null;
}

export interface MemberProfile {
  entryId: string;
  email: string;
  organization: string | null;
}

export interface StoredConflict {
  id: string;
  judgeUserId: string;
  subject: ConflictSubject;
  value: string;
  source: ConflictSource;
}

/** Why a judge may not judge an entry: a stored conflict, or a rule that matched the current team. */
export type ConflictReason =
  | { source: ConflictSource; subject: ConflictSubject; value: string; conflictId: string }
  | {
      source: 'detected';
      subject: ConflictSubject.organization | ConflictSubject.emailDomain | ConflictSubject.person;
      value: string;
    };

export interface ConflictPair {
  judgeUserId: string;
  entryId: string;
  reasons: readonly ConflictReason[];
}

/** Every conflicted (judge, entry) pair of a contest, with its reasons; `has` is a map lookup. */
export class ConflictMatrix {
  private readonly byJudge = new Map<string, Map<string, ConflictReason[]>>();

  has(judgeUserId: string, entryId: string): boolean {
    return this.byJudge.get(judgeUserId)?.has(entryId) ?? false;
  }

  reasons(judgeUserId: string, entryId: string): readonly ConflictReason[] {
    return this.byJudge.get(judgeUserId)?.get(entryId) ?? [];
  }

  /** The entries a judge must not see. */
  entriesOf(judgeUserId: string): ReadonlySet<string> {
    return new Set(this.byJudge.get(judgeUserId)?.keys() ?? []);
  }

  get size(): number {
    let size = 0;
    for (const entries of this.byJudge.values()) size += entries.size;
    return size;
  }

  *pairs(): IterableIterator<ConflictPair> {
    for (const [judgeUserId, entries] of this.byJudge)
      for (const [entryId, reasons] of entries) yield { judgeUserId, entryId, reasons };
  }

  add(judgeUserId: string, entryIds: Iterable<string> | undefined, reason: ConflictReason): void {
    if (!entryIds) return;
    let entries = this.byJudge.get(judgeUserId);
    if (!entries) this.byJudge.set(judgeUserId, (entries = new Map()));
    for (const entryId of entryIds) {
      const reasons = entries.get(entryId);
      if (!reasons) entries.set(entryId, [reason]);
      else if (!reasons.some((r) => sameReason(r, reason))) reasons.push(reason);
    }
  }
}

function sameReason(a: ConflictReason, b: ConflictReason): boolean {
  return a.source === b.source && a.subject === b.subject && a.value === b.value;
}

class Index {
  private readonly map = new Map<string, Set<string>>();

  add(key: string | null, entryId: string): void {
    if (key === null) return;
    const set = this.map.get(key);
    if (set) set.add(entryId);
    else this.map.set(key, new Set([entryId]));
  }

  get(key: string | null): ReadonlySet<string> | undefined {
    return key === null ? undefined : this.map.get(key);
  }
}

export interface ConflictMatrixInput {
  judges: readonly JudgeProfile[];
  entries: readonly EntryProfile[];
  members: readonly MemberProfile[];
  conflicts: readonly StoredConflict[];
}

/**
 * Builds the matrix from a contest's current teams in one pass: the entries are indexed
 * by organisation, e-mail domain and member e-mail, then each judge and each stored
 * conflict is one lookup, so the cost grows with entries + judges, not their product.
 */
export function buildConflictMatrix(input: ConflictMatrixInput): ConflictMatrix {
  const entryIds = new Set<string>();
  const byOrganization = new Index();
  const byDomain = new Index();
  const byEmail = new Index();
  for (const entry of input.entries) {
    entryIds.add(entry.id);
    byOrganization.add(normaliseOrganization(entry.organization), entry.id);
  }
  for (const member of input.members) {
    byOrganization.add(normaliseOrganization(member.organization), member.entryId);
    byDomain.add(emailDomainOf(member.email), member.entryId);
    byEmail.add(normaliseEmail(member.email), member.entryId);
  }

  const matrix = new ConflictMatrix();
  for (const judge of input.judges) {
    const organization = normaliseOrganization(judge.organization);
    if (organization)
      matrix.add(judge.userId, byOrganization.get(organization), {
        source: 'detected',
        subject: ConflictSubject.organization,
        value: organization,
      });
    // Public providers never count: everybody shares gmail.com.
    const domain = institutionalDomainOf(judge.email);
    if (domain)
      matrix.add(judge.userId, byDomain.get(domain), {
        source: 'detected',
        subject: ConflictSubject.emailDomain,
        value: domain,
      });
    const email = normaliseEmail(judge.email);
    matrix.add(judge.userId, byEmail.get(email), {
      source: 'detected',
      subject: ConflictSubject.person,
      value: email,
    });
  }

  for (const conflict of input.conflicts) {
    const reason: ConflictReason = {
      source: conflict.source,
      subject: conflict.subject,
      value: conflict.value,
      conflictId: conflict.id,
    };
    matrix.add(
      conflict.judgeUserId,
      storedTargets(conflict, entryIds, byOrganization, byDomain, byEmail),
      reason,
    );
  }
  return matrix;
}

function storedTargets(
  conflict: StoredConflict,
  entryIds: ReadonlySet<string>,
  byOrganization: Index,
  byDomain: Index,
  byEmail: Index,
): Iterable<string> | undefined {
  switch (conflict.subject) {
    case ConflictSubject.entry:
      return entryIds.has(conflict.value) ? [conflict.value] : undefined;
    case ConflictSubject.person:
      return byEmail.get(normaliseEmail(conflict.value));
    case ConflictSubject.organization:
      return byOrganization.get(normaliseOrganization(conflict.value));
    case ConflictSubject.emailDomain:
      return byDomain.get(normaliseDomain(conflict.value));
    default:
      return undefined;
  }
}
