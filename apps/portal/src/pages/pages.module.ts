import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { EntriesModule } from '@app/entries';
import { JudgingModule, RankingModule } from '@app/judging';
import { Translator } from '@app/platform';
import { AssignmentPagesController } from './assignment-pages.controller';
import { ContestPagesController } from './contest-pages.controller';
import { EntryEditPage } from './entry-edit-page';
import { EntryFilesPagesController } from './entry-files-pages.controller';
import { EntryPageData } from './entry-page-data';
import { EntryPagesController } from './entry-pages.controller';
import { EntrySubmissionPagesController } from './entry-submission-pages.controller';
import { HomePagesController } from './home-pages.controller';
import { JudgingConflictPagesController } from './judging-conflict-pages.controller';
import { JudgingInvitationPagesController } from './judging-invitation-pages.controller';
import { JudgingJudgesPagesController } from './judging-judges-pages.controller';
import { MembershipPagesController } from './membership-pages.controller';
import { en } from './i18n/en';
import { vi } from './i18n/vi';
import { OrganizerContestPagesController } from './organizer-contest-pages.controller';
import { OrganizerEntryPagesController } from './organizer-entry-pages.controller';
import { OrganizerRoundPagesController } from './organizer-round-pages.controller';
import { OrganizerSetupPagesController } from './organizer-setup-pages.controller';
import { PageExceptionFilter } from './page-exception.filter';
import { PageRenderer } from './page-renderer.service';
import { PasswordPagesController } from './password-pages.controller';
import { RankingPagesController } from './ranking-pages.controller';
import { AdvancementPagesController } from './advancement-pages.controller';
import { AdminPersonalDataPagesController } from './admin-personal-data-pages.controller';
import { PersonalDataPagesController } from './personal-data-pages.controller';
import { ScoringPagesController } from './scoring-pages.controller';
import { RegistrationPagesController } from './registration-pages.controller';
import { SignInPagesController } from './sign-in-pages.controller';

/** The server-rendered pages: usable without JavaScript, Vietnamese by default. */
@Module({
  imports: [AccountsModule, ContestsModule, EntriesModule, RankingModule, JudgingModule],
  controllers: [
    HomePagesController,
    RegistrationPagesController,
    SignInPagesController,
    PasswordPagesController,
    ContestPagesController,
    EntryPagesController,
    EntrySubmissionPagesController,
    EntryFilesPagesController,
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
  ],
  providers: [PageRenderer, PageExceptionFilter, EntryPageData, EntryEditPage],
  exports: [PageRenderer, PageExceptionFilter],
})
export class PagesModule {
  constructor(translator: Translator) {
    translator.register('pages', { vi, en });
  }
}
