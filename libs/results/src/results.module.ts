import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { EntriesModule } from '@app/entries';
import { JudgingModule } from '@app/judging';
import { MailRenderer, NotificationsModule } from '@app/notifications';
import { RESULTS_ENTITIES } from './results.entities';
import { ContestReportService } from './reports/contest-report.service';
import { ReportSheets } from './reports/report-sheets';
import { ReportStatisticsRepository } from './reports/report-statistics.repository';
import { ReportStatisticsService } from './reports/report-statistics.service';
import { DecisionsReportSheet } from './reports/sheets/decisions-sheet';
import { EntriesReportSheet } from './reports/sheets/entries-sheet';
import { ReportRowsRepository } from './reports/sheets/report-rows.repository';
import { ScoresReportSheet } from './reports/sheets/scores-sheet';
import { StatisticsReportSheet } from './reports/sheets/statistics-sheet';
import { GalleryOptInService } from './gallery/gallery-opt-in.service';
import { GalleryPersonalData } from './gallery/gallery-personal-data';
import { GalleryPrizes } from './gallery/gallery-prizes';
import { GalleryRepository } from './gallery/gallery.repository';
import { GalleryService } from './gallery/gallery.service';
import { AwardsPersonalData } from './awards/awards-personal-data';
import { AwardService } from './awards/award.service';
import { AwardingService } from './awards/awarding.service';
import { AwardWithdrawalService } from './awards/award-withdrawal.service';
import { PrizeAwardRulesRegistration } from './awards/prize-award-rules';
import { FeedbackReleaseService } from './feedback/feedback-release.service';
import { AnnouncementPersonalData } from './announcement/announcement-personal-data';
import { AnnouncementService } from './announcement/announcement.service';
import { AnnouncementPreviewService } from './announcement/announcement-preview.service';
import { AnnouncementProgressService } from './announcement/announcement-progress.service';
import { PublicResultsService } from './public-results/public-results.service';
import { JudgeNameConsentService } from './public-results/judge-name-consent.service';
import { EntryResultsSummaryService } from './public-results/entry-results-summary.service';
import { MyCertificatesService } from './certificates/my-certificates.service';
import { AnnouncedGalleryPrizes } from './public-results/announced-gallery-prizes';
import { CertificatePersonalData } from './certificates/certificate-personal-data';
import { CertificateArchiveService } from './certificates/certificate-archive.service';
import { CertificateEntitlementRepository } from './certificates/certificate-entitlement.repository';
import { CertificateIssuer } from './certificates/certificate-issuer';
import { CertificateService } from './certificates/certificate.service';
import { CertificateViews } from './certificates/certificate-views';
import { CertificateSettingsService } from './certificates/certificate-settings.service';
import { AwardsReportSheet } from './awards/awards-report-sheet';

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
    // Reports: statistics, and the XLSX report whose sheets each feature registers
    ReportStatisticsRepository,
    ReportStatisticsService,
    ReportSheets,
    ReportRowsRepository,
    StatisticsReportSheet,
    EntriesReportSheet,
    ScoresReportSheet,
    DecisionsReportSheet,
    ContestReportService,
    GalleryPrizes,
    GalleryRepository,
    GalleryService,
    GalleryOptInService,
    GalleryPersonalData,
    AwardsPersonalData,
    AwardsReportSheet,
    AwardService,
    AwardingService,
    AwardWithdrawalService,
    PrizeAwardRulesRegistration,
    FeedbackReleaseService,
    AnnouncementPersonalData,
    AnnouncementService,
    AnnouncementPreviewService,
    AnnouncementProgressService,
    PublicResultsService,
    AnnouncedGalleryPrizes,
    JudgeNameConsentService,
    EntryResultsSummaryService,
    MyCertificatesService,
    CertificatePersonalData,
    CertificateEntitlementRepository,
    CertificateIssuer,
    CertificateViews,
    CertificateService,
    CertificateArchiveService,
    CertificateSettingsService,
    // The notifications module keeps its renderer to itself; the preview renders with its own.
    MailRenderer,
  ],
  exports: [
    ReportStatisticsService,
    ContestReportService,
    ReportSheets,
    GalleryPrizes,
    GalleryService,
    GalleryOptInService,
    AwardService,
    AwardingService,
    AwardWithdrawalService,
    FeedbackReleaseService,
    AnnouncementService,
    AnnouncementPreviewService,
    AnnouncementProgressService,
    PublicResultsService,
    JudgeNameConsentService,
    EntryResultsSummaryService,
    MyCertificatesService,
    CertificateService,
    CertificateArchiveService,
    CertificateSettingsService,
  ],
})
export class ResultsModule {}
