import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { JudgingModule } from '@app/judging';
import { HallScreensService } from './hall/hall-screens.service';
import { LiveFinalService } from './live/live-final.service';
import { PitchOrderService } from './live/pitch-order.service';
import { PeoplesBallotService } from './votes/peoples-ballot.service';
import { PeoplesChoiceService } from './votes/peoples-choice.service';
import { VoteCodeLimiter } from './votes/vote-code-limiter';
import { LiveFinalPersonalData } from './votes/live-final-personal-data';
import { FestivalCalendarService } from './calendar/festival-calendar.service';
import { FESTIVAL_ENTITIES, LIVE_FINAL_ENTITIES } from './festival.entities';
import { FestivalPersonalData } from './personal-data/festival-personal-data';
import { FestivalBoothService } from './programme/festival-booth.service';
import { FestivalSessionService } from './programme/festival-session.service';
import { FestivalService } from './programme/festival.service';
import { CheckInPersonalData } from './check-in/check-in-personal-data';
import { FestivalPassService } from './check-in/festival-pass.service';
import { CheckInService } from './check-in/check-in.service';
import { CheckInSyncService } from './check-in/check-in-sync.service';
import { FestivalGuestService } from './guests/festival-guest.service';
import { NotificationsModule } from '@app/notifications';
import { FestivalMailAttachments } from './mails/festival-mail-attachments';
import { FestivalMailsService } from './mails/festival-mails.service';
import { FestivalChangeMailsService } from './mails/festival-change-mails.service';
import { INVESTOR_ENTITIES } from './investors/investors.entities';
import { InvestorService } from './investors/investor.service';
import { InvestorsPersonalData } from './investors/investors-personal-data';
import { MeetingService } from './investors/meeting.service';

/**
 * The festival day of a contest: its programme (sessions, exhibition booths) and calendar
 * files, guests and check-in, the live final with its hall screen, the people's choice and the investor connection.
 * It sits above results, whose finalists get the booths and pitch.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(FESTIVAL_ENTITIES),
    TypeOrmModule.forFeature(LIVE_FINAL_ENTITIES),
    TypeOrmModule.forFeature(INVESTOR_ENTITIES),
    AccountsModule,
    NotificationsModule,
    JudgingModule,
  ],
  providers: [
    FestivalPersonalData,
    FestivalService,
    FestivalSessionService,
    FestivalBoothService,
    FestivalCalendarService,
    CheckInPersonalData,
    FestivalPassService,
    CheckInService,
    CheckInSyncService,
    FestivalGuestService,
    PitchOrderService,
    LiveFinalService,
    HallScreensService,
    PeoplesChoiceService,
    PeoplesBallotService,
    VoteCodeLimiter,
    LiveFinalPersonalData,
    FestivalMailsService,
    FestivalChangeMailsService,
    FestivalMailAttachments,
    InvestorService,
    MeetingService,
    InvestorsPersonalData,
  ],
  exports: [
    FestivalService,
    FestivalSessionService,
    FestivalBoothService,
    FestivalCalendarService,
    FestivalPassService,
    CheckInService,
    CheckInSyncService,
    FestivalGuestService,
    PitchOrderService,
    LiveFinalService,
    HallScreensService,
    PeoplesChoiceService,
    PeoplesBallotService,
    FestivalMailsService,
    InvestorService,
    MeetingService,
  ],
})
export class FestivalModule {}
