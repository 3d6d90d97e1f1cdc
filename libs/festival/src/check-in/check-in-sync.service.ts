import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainError, TransactionRunner } from '@app/platform';
import type { Festival } from '../programme/festival.entity';
import { festivalOrFail } from '../programme/festival-lookup';
import { passOrRefusal } from './check-in.service';
import { OfflineScanDto, SyncScansDto } from './check-in.dto';
import { FestivalCheckIn } from './festival-check-in.entity';
import { FestivalPass } from './festival-pass.entity';
import type { PassRole } from './festival-pass.entity';

export type SyncOutcome = 'admitted' | 'double_entry' | 'refused';

export interface SyncResponse {
  results: {
    nonce: string;
    outcome: SyncOutcome;
    /** True when this nonce was uploaded before: the first upload's outcome, nothing recorded. */
    replayed: boolean;
    /** For `refused`: CHECK_IN_CODE_UNKNOWN or CHECK_IN_OTHER_FESTIVAL. */
    code?: string;
    holder?: { fullName: string; role: PassRole };
  }[];
}

export interface DoubleEntry {
  fullName: string;
  role: PassRole;
  shortCode: string;
  admissions: { deviceId: string; scannedAt: string; doubleEntry: boolean }[];
}

/**
 * Admissions decided offline by staff phones, uploaded when the network returns. Each scan
 * carries the nonce its phone made, unique per festival: an upload repeated (a lost
 * answer, a retry) records nothing twice. An admission of a pass already admitted by
 * another scan is recorded as a double entry: two phones let the same person in.
 */
@Injectable()
export class CheckInSyncService {
  constructor(private readonly tx: TransactionRunner) {}

  async sync(contestId: string, dto: SyncScansDto, staffUserId: string): Promise<SyncResponse> {
    const festival = await festivalOrFail(this.tx.manager, contestId);
    const results: SyncResponse['results'] = [];
    // One transaction per scan: a refused code does not hold back the rest of the queue.
    for (const scan of dto.scans)
      results.push(
        await this.tx.runRacing(
          (manager) => this.record(manager, festival, dto.deviceId, scan, staffUserId),
          'Another phone uploaded the same scan at the same moment; upload again',
        ),
      );
    return { results };
  }

  /** Every pass admitted more than once, with each admission, for organizers. */
  async doubleEntries(contestId: string): Promise<DoubleEntry[]> {
    const manager = this.tx.manager;
    const festival = await festivalOrFail(manager, contestId);
    const doubles = await manager.findBy(FestivalCheckIn, {
      festivalId: festival.id,
      doubleEntry: true,
    });
    const passIds = [...new Set(doubles.map((d) => d.passId))];
    const out: DoubleEntry[] = [];
    for (const passId of passIds) {
      const pass = await manager.findOneBy(FestivalPass, { id: passId });
      if (!pass) continue;
      const admissions = await manager.find(FestivalCheckIn, {
        where: { passId },
        order: { scannedAt: 'ASC' },
      });
      out.push({
        fullName: pass.fullName,
        role: pass.role,
        shortCode: pass.shortCode,
        admissions: admissions.map((a) => ({
          deviceId: a.deviceId,
          scannedAt: a.scannedAt.toISOString(),
          doubleEntry: a.doubleEntry,
        })),
      });
    }
    return out;
  }

  private async record(
    manager: EntityManager,
    festival: Festival,
    deviceId: string,
    scan: OfflineScanDto,
    staffUserId: string,
  ): Promise<SyncResponse['results'][number]> {
    const pass = await passOrRefusal(manager, festival, scan.code);
    if (pass instanceof DomainError)
      return { nonce: scan.nonce, outcome: 'refused', replayed: false, code: pass.code };
    const holder = { fullName: pass.fullName, role: pass.role };
    const earlier = await manager.findOneBy(FestivalCheckIn, {
      festivalId: festival.id,
      nonce: scan.nonce,
    });
    if (earlier)
      return {
        nonce: scan.nonce,
        outcome: earlier.doubleEntry ? 'double_entry' : 'admitted',
        replayed: true,
        holder,
      };
    // Whole seconds, as a MySQL datetime keeps them.
    const scannedAt = new Date(Math.floor(new Date(scan.scannedAt).getTime() / 1000) * 1000);
    const first = await manager.update(
      FestivalPass,
      { id: pass.id, checkedInAt: IsNull() },
      { checkedInAt: scannedAt },
    );
    const doubleEntry = !first.affected;
    // A unique nonce: the same scan uploaded twice at once makes the second transaction
    // fail and run again, and then find the first's row above.
    await manager.insert(FestivalCheckIn, {
      festivalId: festival.id,
      passId: pass.id,
      nonce: scan.nonce,
      deviceId,
      scannedAt,
      doubleEntry,
      staffUserId,
    });
    return {
      nonce: scan.nonce,
      outcome: doubleEntry ? 'double_entry' : 'admitted',
      replayed: false,
      holder,
    };
  }
}
