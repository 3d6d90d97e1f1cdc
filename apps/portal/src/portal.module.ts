import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccountsHttpModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { EmbeddedReminderSchedulerModule, EntriesModule } from '@app/entries';
import { EmbeddedJudgingReminderSchedulerModule, JudgingModule } from '@app/judging';
import { MailDispatchModule, NotificationsModule } from '@app/notifications';
import { AppConfig, MetricsModule, PlatformModule } from '@app/platform';
import { ResultsModule } from '@app/results';
import { FestivalModule } from '@app/festival';
import { AssignmentsController } from './api/assignments.controller';
import { AttachmentsController } from './api/attachments.controller';
import { AuthController } from './api/auth.controller';
import { ContestsController } from './api/contests.controller';
import { ContestsSetupController } from './api/contests-setup.controller';
import { RankingController } from './api/ranking.controller';
import { RoundsController } from './api/rounds.controller';
import { AdvancementController } from './api/advancement.controller';
import { HealthController } from './api/health.controller';
import { MetricsController } from './api/metrics.controller';
import { MeController } from './api/me.controller';
import { UsersController } from './api/users.controller';
import { EntryAdminController } from './api/entry-admin.controller';
import { EntriesController } from './api/entries.controller';
import { MembershipsController } from './api/memberships.controller';
import { JudgesController } from './api/judges.controller';
import { ConflictsController } from './api/conflicts.controller';
import { JudgingController } from './api/judging.controller';
import { GalleryController } from './api/gallery.controller';
import { AwardsController } from './api/awards.controller';
import { FeedbackController } from './api/feedback.controller';
import { AnnouncementController } from './api/announcement.controller';
import { CertificatesController } from './api/certificates.controller';
import { JudgeNameConsentController } from './api/judge-name-consent.controller';
import { DevMailboxController } from './pages/notifications/dev-mailbox.controller';
import { ReportsController } from './api/reports.controller';
import { FestivalController } from './api/festival.controller';
import { FestivalInvestorsController } from './api/festival-investors.controller';
import {
  FestivalCheckInController,
  FestivalPassController,
} from './api/festival-check-in.controller';
import { FestivalLiveController } from './api/festival-live.controller';
import { PagesModule } from './pages/pages.module';

/** The HTTP app: JSON API, server-rendered pages and, in the embedded profile, the mail dispatcher. */
@Module({})
export class PortalModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PortalModule,
      imports: [
        PlatformModule.forRoot(config),
        DiscoveryModule,
        MetricsModule,
        AccountsHttpModule,
        NotificationsModule,
        MailDispatchModule,
        ContestsModule,
        EntriesModule,
        JudgingModule,
        ResultsModule,
        FestivalModule,
        // Without Redis the portal runs the deadline reminder scan itself; with Redis the worker's repeatable job does.
        ...(config.usesRedis ? [] : [EmbeddedReminderSchedulerModule]),
        ...(config.usesRedis ? [] : [EmbeddedJudgingReminderSchedulerModule]),
        PagesModule,
      ],
      controllers: [
        HealthController,
        MetricsController,
        AssignmentsController,
        AuthController,
        ContestsController,
        ContestsSetupController,
        RoundsController,
        AdvancementController,
        MeController,
        UsersController,
        EntryAdminController,
        AttachmentsController,
        EntriesController,
        MembershipsController,
        JudgesController,
        ConflictsController,
        JudgingController,
        RankingController,
        ReportsController,
        GalleryController,
        AwardsController,
        FeedbackController,
        AnnouncementController,
        CertificatesController,
        JudgeNameConsentController,
        FestivalController,
        FestivalCheckInController,
        FestivalInvestorsController,
        FestivalPassController,
        FestivalLiveController,
        ...(config.servesDevMailbox ? [DevMailboxController] : []),
      ],
    };
  }
}
