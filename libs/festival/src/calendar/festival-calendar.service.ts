import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '@app/platform';
import type { Locale } from '@app/platform';
import { FestivalService } from '../programme/festival.service';
import type { Audience } from '../programme/festival.mapper';
import { festivalCalendar } from './festival-calendar';

/** The programme's calendar files, readable by whoever may read the programme. */
@Injectable()
export class FestivalCalendarService {
  constructor(private readonly festivals: FestivalService) {}

  async day(contestId: string, audience: Audience, locale: Locale): Promise<string> {
    return festivalCalendar(await this.festivals.view(contestId, audience), locale);
  }

  async session(
    contestId: string,
    sessionId: string,
    audience: Audience,
    locale: Locale,
  ): Promise<string> {
    const festival = await this.festivals.view(contestId, audience);
    const session = festival.sessions.find((s) => s.id === sessionId);
    if (!session) throw new DomainError(ErrorCode.NOT_FOUND, 'No such session in this festival');
    return festivalCalendar(festival, locale, [session]);
  }
}
