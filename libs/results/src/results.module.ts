import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { EntriesModule } from '@app/entries';
import { JudgingModule } from '@app/judging';
import { NotificationsModule } from '@app/notifications';
import { RESULTS_ENTITIES } from './results.entities';
import { AwardsPersonalData } from './awards/awards-personal-data';
import { AwardService } from './awards/award.service';
import { AwardingService } from './awards/awarding.service';
import { PrizeService } from './awards/prize.service';
import { FeedbackReleaseService } from './feedback/feedback-release.service';
import { CertificatePersonalData } from './certificates/certificate-personal-data';
import { CertificateArchiveService } from './certificates/certificate-archive.service';
import { CertificateEntitlementRepository } from './certificates/certificate-entitlement.repository';
import { CertificateIssuer } from './certificates/certificate-issuer';
import { CertificateService } from './certificates/certificate.service';
import { CertificateViews } from './certificates/certificate-views';
import { CertificateSettingsService } from './certificates/certificate-settings.service';

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
    CertificatePersonalData,
    CertificateEntitlementRepository,
    CertificateIssuer,
    CertificateViews,
    CertificateService,
    CertificateArchiveService,
    CertificateSettingsService,
  ],
  exports: [
    AwardService,
    AwardingService,
    PrizeService,
    FeedbackReleaseService,
    CertificateService,
    CertificateArchiveService,
    CertificateSettingsService,
  ],
})
export class ResultsModule {}
