import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { EntriesModule } from '@app/entries';
import { JudgingModule } from '@app/judging';
import { MailRenderer, NotificationsModule } from '@app/notifications';
import { RESULTS_ENTITIES } from './results.entities';
import { AwardsPersonalData } from './awards/awards-personal-data';
import { AwardService } from './awards/award.service';
import { AwardingService } from './awards/awarding.service';
import { PrizeService } from './awards/prize.service';
import { FeedbackReleaseService } from './feedback/feedback-release.service';
import { AnnouncementPersonalData } from './announcement/announcement-personal-data';
import { AnnouncementService } from './announcement/announcement.service';
import { AnnouncementPreviewService } from './announcement/announcement-preview.service';
import { AnnouncementProgressService } from './announcement/announcement-progress.service';
import { PublicResultsService } from './public-results/public-results.service';
import { JudgeNameConsentService } from './public-results/judge-name-consent.service';

/**
 * How a contest ends: prizes and awards, the announcement, public results and the gallery,
 * certificates and the province's reports. It sits above judging, whose final ranking it
 * reads.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(RESULTS_ENTITIES),
    AccountsModule,
    ContestsModule,
    EntriesModule,
    JudgingModule,
    NotificationsModule,
  ],
  providers: [
    AwardsPersonalData,
    AwardService,
    AwardingService,
    PrizeService,
    FeedbackReleaseService,
    AnnouncementPersonalData,
    AnnouncementService,
    AnnouncementPreviewService,
    AnnouncementProgressService,
    PublicResultsService,
    JudgeNameConsentService,
    // The notifications module keeps its renderer to itself; the preview renders with its own.
    MailRenderer,
  ],
  exports: [
    AwardService,
    AwardingService,
    PrizeService,
    FeedbackReleaseService,
    AnnouncementService,
    AnnouncementPreviewService,
    AnnouncementProgressService,
    PublicResultsService,
    JudgeNameConsentService,
  ],
})
export class ResultsModule {}
