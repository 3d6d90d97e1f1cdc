import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { ResultsModule } from '@app/results';
import { ContestsModule } from '@app/contests';
import { EntriesModule } from '@app/entries';
import { JudgingModule, RankingModule } from '@app/judging';
import { Translator } from '@app/platform';
import { AssignmentPagesController } from './judging/assignment-pages.controller';
import { ContestPagesController } from './contests/contest-pages.controller';
import { EntryEditPage } from './entries/entry-edit-page';
import { EntryFilesPagesController } from './entries/entry-files-pages.controller';
import { EntryPageData } from './entries/entry-page-data';
import { EntryPagesController } from './entries/entry-pages.controller';
import { EntrySubmissionPagesController } from './entries/entry-submission-pages.controller';
import { HomePagesController } from './accounts/home-pages.controller';
import { JudgingConflictPagesController } from './judging/judging-conflict-pages.controller';
import { JudgingInvitationPagesController } from './judging/judging-invitation-pages.controller';
import { JudgingJudgesPagesController } from './judging/judging-judges-pages.controller';
import { MembershipPagesController } from './entries/membership-pages.controller';
import { en } from './i18n/en';
import { vi } from './i18n/vi';
import { OrganizerContestPagesController } from './contests/organizer-contest-pages.controller';
import { OrganizerContestStatusPagesController } from './contests/organizer-contest-status-pages.controller';
import { OrganizerEntryPagesController } from './entries/organizer-entry-pages.controller';
import { OrganizerRoundPagesController } from './contests/organizer-round-pages.controller';
import { OrganizerSetupPagesController } from './contests/organizer-setup-pages.controller';
import { PageExceptionFilter } from './platform/page-exception.filter';
import { PageRenderer } from './platform/page-renderer.service';
import { PasswordPagesController } from './accounts/password-pages.controller';
import { RankingPagesController } from './judging/ranking-pages.controller';
import { AdvancementPagesController } from './judging/advancement-pages.controller';
import { AdminPersonalDataPagesController } from './accounts/admin-personal-data-pages.controller';
import { AdminUsersPagesController } from './accounts/admin-users-pages.controller';
import { PersonalDataPagesController } from './accounts/personal-data-pages.controller';
import { ScoringPagesController } from './judging/scoring-pages.controller';
import { RegistrationPagesController } from './accounts/registration-pages.controller';
import { SignInPagesController } from './accounts/sign-in-pages.controller';
import { StatisticsPagesController } from './results/statistics-pages.controller';
import { EntryGalleryPage } from './results/entry-gallery-page';
import { GalleryPagesController } from './results/gallery-pages.controller';
import { AnnouncementPagesController } from './results/announcement-pages.controller';
import { JudgeNameConsentPagesController } from './results/judge-name-consent-pages.controller';
import { MyCertificatesPagesController } from './results/my-certificates-pages.controller';
import {
  PublicResultsImageController,
  PublicResultsPagesController,
} from './results/public-results-pages.controller';
import { PrizePagesController } from './results/prize-pages.controller';
import { FestivalModule } from '@app/festival';
import { OrganizerFestivalPagesController } from './festival/organizer-festival-pages.controller';
import { FestivalPartPagesController } from './festival/festival-part-pages.controller';
import { FestivalProgrammePagesController } from './festival/festival-programme-pages.controller';
import { GuestPagesController } from './festival/check-in/guest-pages.controller';
import { StaffCheckInPagesController } from './festival/check-in/staff-check-in-pages.controller';
import { OfflineCheckInPagesController } from './festival/check-in/offline-check-in-pages.controller';
import { OrganizerMeetingsPagesController } from './festival/investors/organizer-meetings-pages.controller';
import { MyMeetingsPagesController } from './festival/investors/my-meetings-pages.controller';
import { InvestorPagesController } from './festival/investors/investor-pages.controller';
import { HallPagesController } from './festival/hall/hall-pages.controller';
import { VotePagesController } from './festival/votes/vote-pages.controller';
import { OrganizerLivePagesController } from './festival/live/organizer-live-pages.controller';
import { AwardsPagesController } from './results/awards-pages.controller';
import { CertificatePagesController } from './results/certificate-pages.controller';

/** The server-rendered pages: usable without JavaScript, Vietnamese by default. */
@Module({
  imports: [
    AccountsModule,
    ContestsModule,
    EntriesModule,
    RankingModule,
    JudgingModule,
    ResultsModule,
    FestivalModule,
  ],
  controllers: [
    OrganizerFestivalPagesController,
    FestivalPartPagesController,
    FestivalProgrammePagesController,
    GuestPagesController,
    StaffCheckInPagesController,
    OfflineCheckInPagesController,
    OrganizerMeetingsPagesController,
    MyMeetingsPagesController,
    InvestorPagesController,
    HallPagesController,
    VotePagesController,
    OrganizerLivePagesController,
    HomePagesController,
    RegistrationPagesController,
    SignInPagesController,
    PasswordPagesController,
    ContestPagesController,
    EntryPagesController,
    EntrySubmissionPagesController,
    EntryFilesPagesController,
    OrganizerContestStatusPagesController,
    OrganizerContestPagesController,
    OrganizerSetupPagesController,
    OrganizerRoundPagesController,
    OrganizerEntryPagesController,
    AssignmentPagesController,
    JudgingInvitationPagesController,
    JudgingConflictPagesController,
    JudgingJudgesPagesController,
    RankingPagesController,
    AdvancementPagesController,
    ScoringPagesController,
    MembershipPagesController,
    PersonalDataPagesController,
    AdminPersonalDataPagesController,
    AdminUsersPagesController,
    StatisticsPagesController,
    GalleryPagesController,
    AnnouncementPagesController,
    JudgeNameConsentPagesController,
    MyCertificatesPagesController,
    PublicResultsImageController,
    PublicResultsPagesController,
    PrizePagesController,
    AwardsPagesController,
    CertificatePagesController,
  ],
  providers: [PageRenderer, PageExceptionFilter, EntryPageData, EntryEditPage, EntryGalleryPage],
  exports: [PageRenderer, PageExceptionFilter],
})
export class PagesModule {
  constructor(translator: Translator) {
    translator.register('pages', { vi, en });
  }
}
