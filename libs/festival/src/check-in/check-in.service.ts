import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainError, TransactionRunner } from '@app/platform';
import type { Festival } from '../programme/festival.entity';
import { festivalOrFail } from '../programme/festival-lookup';
import { FestivalCheckIn } from './festival-check-in.entity';
import { FestivalPass, PASS_ROLES } from './festival-pass.entity';
import type { PassRole } from './festival-pass.entity';
import { passAtDoor } from './pass-lookup';

/** What the door is told: who it is, and whether they were let in now or before. */
export interface ScanResponse {
  outcome: 'admitted' | 'already';
  /** The first admission; for `already`, the time to show ("already checked in at 08:12"). */
  checkedInAt: string;
  holder: { fullName: string; role: PassRole; shortCode: string };
}

export interface ArrivalsResponse {
  roles: { role: PassRole; passes: number; arrived: number }[];
  passes: number;
  arrived: number;
  /** Admissions of someone already admitted by another (offline) scan. */
  doubleEntries: number;
}

/** The day's list a staff phone keeps to decide offline: names and roles, no contact data. */
export interface OfflineListResponse {
  festivalId: string;
  generatedAt: string;
  passes: {
    /** SHA-256 of the QR token, base64url: the phone compares hashes, so the list holds no token. */
    tokenHash: string;
    shortCode: string;
    fullName: string;
    role: PassRole;
    checkedInAt: string | null;
  }[];
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * Admissions at the festival's door, online: a pass is let in once; a later scan answers
 * with the time of the first, and nothing is counted again.
 */
@Injectable()
export class CheckInService {
  constructor(private readonly tx: TransactionRunner) {}

  async scan(contestId: string, code: string, staffUserId: string): Promise<ScanResponse> {
    return this.tx.run(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      const pass = await passAtDoor(manager, festival, code);
      // Whole seconds, as a MySQL datetime keeps them: the answer to a second scan is the same.
      const now = new Date(Math.floor(Date.now() / 1000) * 1000);
      // Conditional on "not yet in", so two phones scanning the same pass at once admit it once.
      const admitted = await manager.update(
        FestivalPass,
        { id: pass.id, checkedInAt: IsNull() },
        { checkedInAt: now },
      );
      if (!admitted.affected) {
        const first = await manager.findOneByOrFail(FestivalPass, { id: pass.id });
        return scanResponse('already', first);
      }
      await manager.insert(FestivalCheckIn, {
        festivalId: festival.id,
        passId: pass.id,
        nonce: `online-${randomUUID()}`,
        deviceId: 'online',
        scannedAt: now,
        doubleEntry: false,
        staffUserId,
      });
      pass.checkedInAt = now;
      return scanResponse('admitted', pass);
    });
  }

  /** Arrivals per role, for organizers. */
  async arrivals(contestId: string): Promise<ArrivalsResponse> {
    const manager = this.tx.manager;
    const festival = await festivalOrFail(manager, contestId);
    const passes = await manager.find(FestivalPass, {
      where: { festivalId: festival.id },
      select: { id: true, role: true, checkedInAt: true },
    });
    const roles = PASS_ROLES.map((role) => {
      const mine = passes.filter((p) => p.role === role);
      return { role, passes: mine.length, arrived: mine.filter((p) => p.checkedInAt).length };
    });
    return {
      roles,
      passes: passes.length,
      arrived: roles.reduce((sum, r) => sum + r.arrived, 0),
      doubleEntries: await manager.countBy(FestivalCheckIn, {
        festivalId: festival.id,
        doubleEntry: true,
      }),
    };
  }

  async offlineList(contestId: string): Promise<OfflineListResponse> {
    const festival = await festivalOrFail(this.tx.manager, contestId);
    const passes = await this.tx.manager.find(FestivalPass, {
      where: { festivalId: festival.id },
      order: { fullName: 'ASC' },
    });
    return {
      festivalId: festival.id,
      generatedAt: new Date().toISOString(),
      passes: passes.map((p) => ({
        tokenHash: tokenHash(p.token),
        shortCode: p.shortCode,
        fullName: p.fullName,
        role: p.role,
        checkedInAt: p.checkedInAt?.toISOString() ?? null,
      })),
    };
  }
}

function scanResponse(outcome: ScanResponse['outcome'], pass: FestivalPass): ScanResponse {
  return {
    outcome,
    checkedInAt: pass.checkedInAt!.toISOString(),
    holder: { fullName: pass.fullName, role: pass.role, shortCode: pass.shortCode },
  };
}

/** The pass, or the coded error the door should show, as a value (sync reports, never throws). */
export async function passOrRefusal(
  manager: EntityManager,
  festival: Festival,
  code: string,
): Promise<FestivalPass | DomainError> {
  try {
    return await passAtDoor(manager, festival, code);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}
