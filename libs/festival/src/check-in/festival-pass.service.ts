import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import QRCode from 'qrcode';
import { OutboxService } from '@app/notifications';
import { AppConfig, DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { Festival } from '../programme/festival.entity';
import { festivalOrFail } from '../programme/festival-lookup';
import { FestivalPass } from './festival-pass.entity';
import type { PassRole } from './festival-pass.entity';
import { acceptedJudges, finalistMembers } from './pass-holders';
import { newPassToken, newShortCode } from './pass-codes';

/** Someone who gets a pass: `key` says who they are, so issuing twice gives one pass. */
export interface PassHolder {
  key: string;
  role: PassRole;
  fullName: string;
  email: string;
  locale: 'vi' | 'en';
}

/** A pass as its holder's page shows it (the token is the page's own address). */
export interface PassView {
  festivalId: string;
  contestId: string;
  role: PassRole;
  fullName: string;
  shortCode: string;
  token: string;
  checkedInAt: string | null;
}

/** The participants' passes issued: `issued` made now, of `total` holders entitled to one. */
export interface PassIssueResponse {
  issued: number;
  total: number;
}

/** The festival's day as the pass mail writes it (`20/12/2026`). */
function dayOf(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * Personal check-in passes: one per finalist team member, accepted judge and registered
 * guest, each mailed once (the outbox dedupes on the pass id) with a link to the
 * holder's pass page, where the QR code is drawn.
 */
@Injectable()
export class FestivalPassService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  /** Issues the passes of every finalist team member and accepted judge not yet holding one. */
  async issueForParticipants(contestId: string): Promise<PassIssueResponse> {
    return this.tx.run(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      const holders = [
        ...(await finalistMembers(manager, contestId)),
        ...(await acceptedJudges(manager, contestId)),
      ];
      let issued = 0;
      for (const holder of holders) if (await this.issue(manager, festival, holder)) issued++;
      return { issued, total: holders.length };
    });
  }

  /**
   * Gives `holder` a pass of `festival` unless they have one, and writes its mail; inside
   * the caller's transaction. True when a pass was made.
   */
  async issue(manager: EntityManager, festival: Festival, holder: PassHolder): Promise<boolean> {
    const existing = await manager.findOneBy(FestivalPass, {
      festivalId: festival.id,
      holderKey: holder.key,
    });
    if (existing) return false;
    const pass = manager.create(FestivalPass, {
      festivalId: festival.id,
      role: holder.role,
      holderKey: holder.key,
      fullName: holder.fullName,
      email: holder.email,
      locale: holder.locale,
      token: newPassToken(),
      shortCode: await freeShortCode(manager, festival.id),
      checkedInAt: null,
    });
    await manager.insert(FestivalPass, pass);
    await this.outbox.enqueue(manager, {
      dedupeKey: `festival-pass:${pass.id}`,
      recipientEmail: pass.email,
      template: 'festival-pass',
      locale: pass.locale,
      data: {
        fullName: pass.fullName,
        festivalName: pass.locale === 'en' ? festival.nameEn : festival.nameVi,
        day: dayOf(festival.date),
        venue: festival.venue,
        shortCode: pass.shortCode,
        link: this.pageLink(pass.token),
        token: pass.token,
      },
    });
    return true;
  }

  /** The holder's pass page, absolute, for mails. */
  pageLink(token: string): string {
    return `${this.config.publicUrl}/festival/passes/${encodeURIComponent(token)}`;
  }

  /** The pass with this token, 404 for any other string. */
  async view(token: string): Promise<PassView> {
    const pass = await this.tx.manager.findOneBy(FestivalPass, { token });
    if (!pass) throw new DomainError(ErrorCode.NOT_FOUND, 'No such pass');
    const festival = await this.tx.manager.findOneByOrFail(Festival, { id: pass.festivalId });
    return {
      festivalId: festival.id,
      contestId: festival.contestId,
      role: pass.role,
      fullName: pass.fullName,
      shortCode: pass.shortCode,
      token: pass.token,
      checkedInAt: pass.checkedInAt?.toISOString() ?? null,
    };
  }

  /** The pass's QR code as a PNG, drawn here so the page needs no script. */
  async qrPng(token: string): Promise<Buffer> {
    return passQrPng((await this.view(token)).token);
  }
}

/** The QR code of a pass token as a PNG: the pass page and the pass mail show the same image. */
export function passQrPng(token: string): Promise<Buffer> {
  return QRCode.toBuffer(token, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 320 });
}

/** A short code no other pass of the festival has; a clash (rare) draws again. */
async function freeShortCode(manager: EntityManager, festivalId: string): Promise<string> {
  for (;;) {
    const code = newShortCode();
    if (!(await manager.existsBy(FestivalPass, { festivalId, shortCode: code }))) return code;
  }
}
