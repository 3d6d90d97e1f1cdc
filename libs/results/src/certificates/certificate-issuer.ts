import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { TransactionRunner, isUniqueViolation } from '@app/platform';
import { Certificate } from './certificate.entity';
import { newCertificateCode } from './certificate-code';
import type { Entitlement } from './certificate-entitlement.repository';

const keyOf = (e: { memberId: string; kind: string; prizeKey: string }) =>
  `${e.memberId}|${e.kind}|${e.prizeKey}`;
const CHUNK = 200;

/**
 * Gives each entitlement its certificate row, once: a row that exists is reused, so a
 * certificate downloaded again prints the same code. Two requests issuing the same
 * certificate at once meet on the unique (member, kind, prize) index; the loser reads the
 * winner's row.
 */
@Injectable()
export class CertificateIssuer {
  constructor(private readonly tx: TransactionRunner) {}

  /** The certificates of these entitlements, in the same order. */
  async issue(entitlements: Entitlement[]): Promise<Certificate[]> {
    if (entitlements.length === 0) return [];
    const found = await this.existing(this.tx.manager, entitlements);
    const missing = entitlements.filter((e) => !found.has(keyOf(e)));
    for (let i = 0; i < missing.length; i += CHUNK) {
      const chunk = missing.slice(i, i + CHUNK);
      try {
        await this.tx.run((manager) => manager.insert(Certificate, chunk.map(fresh)));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Someone issued part of the chunk meanwhile (or, once in 2^60, a code repeated):
        // one by one, each either inserted or found.
        for (const entitlement of chunk) await this.issueOne(entitlement);
      }
    }
    const all = missing.length ? await this.existing(this.tx.manager, entitlements) : found;
    return entitlements.map((e) => all.get(keyOf(e))!);
  }

  private async issueOne(entitlement: Entitlement): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const existing = await this.existing(this.tx.manager, [entitlement]);
      if (existing.size > 0) return;
      try {
        await this.tx.run((manager) => manager.insert(Certificate, fresh(entitlement)));
        return;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }

  private async existing(
    manager: EntityManager,
    entitlements: Entitlement[],
  ): Promise<Map<string, Certificate>> {
    const memberIds = [...new Set(entitlements.map((e) => e.memberId))];
    const rows: Certificate[] = [];
    for (let i = 0; i < memberIds.length; i += CHUNK)
      rows.push(
        ...(await manager.find(Certificate, {
          where: { memberId: In(memberIds.slice(i, i + CHUNK)) },
        })),
      );
    return new Map(rows.map((row) => [keyOf(row), row]));
  }
}

function fresh(e: Entitlement): Partial<Certificate> {
  return {
    code: newCertificateCode(),
    contestId: e.contestId,
    entryId: e.entryId,
    memberId: e.memberId,
    kind: e.kind,
    prizeKey: e.prizeKey,
    prizeNameVi: e.prizeNameVi,
    prizeNameEn: e.prizeNameEn,
  };
}
