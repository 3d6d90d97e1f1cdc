import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Contest } from '@app/contests';
import { Entry } from '@app/entries';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { finalistsOf } from '@app/results';
import type { Festival } from './festival.entity';
import { FestivalBooth } from './festival-booth.entity';
import { FestivalBoothDto } from './festival-booth.dto';
import { festivalOrFail } from './festival-lookup';
import { toBoothResponse } from './festival.mapper';
import type { FestivalBoothResponse } from './festival.mapper';

/** What a booth may be given: the contest's finalists, for the organizers' form. */
export interface BoothCandidate {
  id: string;
  code: string;
  title: string;
  team: string | null;
}

/**
 * The exhibition's booths. A booth's number is unique in its festival
 * (BOOTH_NUMBER_TAKEN), and a team's booth goes only to a finalist of the contest
 * (BOOTH_ENTRY_NOT_FINALIST; an entry of another contest is not found).
 */
@Injectable()
export class FestivalBoothService {
  constructor(private readonly tx: TransactionRunner) {}

  async candidates(contestId: string): Promise<BoothCandidate[]> {
    const finalists = await finalistsOf(this.tx.manager, contestId);
    return finalists.map((e) => ({
      id: e.id,
      code: e.code,
      title: e.title,
      team: e.teamName ?? e.organization ?? null,
    }));
  }

  async create(contestId: string, dto: FestivalBoothDto): Promise<FestivalBoothResponse> {
    return this.write(
      contestId,
      async (manager, festival) => {
        const booth = manager.create(FestivalBooth, { festivalId: festival.id, ...fieldsOf(dto) });
        await manager.insert(FestivalBooth, booth);
        return booth.id;
      },
      dto,
    );
  }

  async replace(
    contestId: string,
    boothId: string,
    dto: FestivalBoothDto,
  ): Promise<FestivalBoothResponse> {
    return this.write(
      contestId,
      async (manager) => {
        await manager.update(FestivalBooth, { id: boothId }, fieldsOf(dto));
        return boothId;
      },
      dto,
      boothId,
    );
  }

  async remove(contestId: string, boothId: string): Promise<void> {
    await this.tx.run(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      await boothOrFail(manager, festival, boothId);
      await manager.delete(FestivalBooth, { id: boothId });
    });
  }

  private async write(
    contestId: string,
    save: (manager: EntityManager, festival: Festival) => Promise<string>,
    dto: FestivalBoothDto,
    boothId?: string,
  ): Promise<FestivalBoothResponse> {
    assertEntryOrPartner(dto);
    // Two booths numbered alike at the same moment: the unique index lets one in, and the
    // other runs again and meets it in assertNumberFree (BOOTH_NUMBER_TAKEN).
    return this.tx.runRacing(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      if (boothId) await boothOrFail(manager, festival, boothId);
      await assertNumberFree(manager, festival, dto.number, boothId);
      const entry = dto.entryId ? await finalistOrFail(manager, contestId, dto.entryId) : null;
      const id = await save(manager, festival);
      const contest = await manager.findOneByOrFail(Contest, { id: contestId });
      const booth = await manager.findOneByOrFail(FestivalBooth, { id });
      const entries = new Map(entry ? [[entry.id, entry]] : []);
      return toBoothResponse(booth, entries, contest.fields ?? [], 'organizers');
    }, 'Another organizer changed the booths at the same moment; try again');
  }
}

function fieldsOf(dto: FestivalBoothDto) {
  const forEntry = dto.entryId != null;
  return {
    number: dto.number,
    entryId: forEntry ? dto.entryId! : null,
    partnerName: forEntry ? null : (dto.partnerName ?? null),
    partnerShowcase: forEntry ? null : (dto.partnerShowcase ?? null),
  };
}

/**
 * A booth is a finalist's or a partner's: with neither, the partner's name is what is
 * missing. (Both nullable in the DTO, so null clears one side; naming both is refused there.)
 */
function assertEntryOrPartner(dto: FestivalBoothDto) {
  if (dto.entryId == null && dto.partnerName == null)
    throw new DomainError(
      ErrorCode.VALIDATION_FAILED,
      'A booth needs a finalist entry or a partner',
      [
        {
          field: 'partnerName',
          code: 'required',
          messages: ['partnerName is required without entryId'],
        },
      ],
    );
}

function numberTaken(number: string): DomainError {
  return new DomainError(
    ErrorCode.BOOTH_NUMBER_TAKEN,
    `Another booth of this festival is numbered ${number}`,
  );
}

async function assertNumberFree(
  manager: EntityManager,
  festival: Festival,
  number: string,
  boothId?: string,
) {
  const holder = await manager.findOneBy(FestivalBooth, { festivalId: festival.id, number });
  if (holder && holder.id !== boothId) throw numberTaken(number);
}

async function finalistOrFail(
  manager: EntityManager,
  contestId: string,
  entryId: string,
): Promise<Entry> {
  const entry = await manager.findOneBy(Entry, { id: entryId, contestId });
  if (!entry) throw new DomainError(ErrorCode.NOT_FOUND, 'No such entry in this contest');
  const finalists = await finalistsOf(manager, contestId);
  if (!finalists.some((f) => f.id === entryId))
    throw new DomainError(
      ErrorCode.BOOTH_ENTRY_NOT_FINALIST,
      'Only finalists of the contest get an exhibition booth',
    );
  return entry;
}

/** The booth, 404 unless it is one of this festival's. */
export async function boothOrFail(
  manager: EntityManager,
  festival: Festival,
  boothId: string,
): Promise<FestivalBooth> {
  const booth = await manager.findOneBy(FestivalBooth, { id: boothId, festivalId: festival.id });
  if (!booth) throw new DomainError(ErrorCode.NOT_FOUND, 'No such booth in this festival');
  return booth;
}
