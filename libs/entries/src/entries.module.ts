import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { NotificationsModule } from '@app/notifications';
import { StorageModule } from '@app/platform';
import { AttachmentService } from './attachments/attachment.service';
import { ENTRIES_ENTITIES } from './entries.entities';
import { EligibilityGate } from './eligibility/eligibility-gate';
import { EntryRepository } from './entries/entry.repository';
import { EntryCategoryUsage } from './entries/entry-category-usage';
import { EntryContestFacts } from './entries/entry-contest-facts';
import { EntryService } from './entries/entry.service';
import { MyEntriesService } from './entries/my-entries.service';
import { EntrySubmissionService } from './submission/entry-submission.service';
import { EntryExportService } from './export/entry-export.service';
import { EntryListingRepository } from './listing/entry-listing.repository';
import { EntryListingService } from './listing/entry-listing.service';
import { EntryScreeningService } from './screening/entry-screening.service';
import { ContestOverviewService } from './listing/contest-overview.service';
import { EntryHistoryService } from './history/entry-history.service';
import { ContestParticipation } from './members/contest-participation';
import { MemberInvitations } from './members/member-invitations';
import { MembershipService } from './members/membership.service';
import { MembershipVetoes } from './members/membership-vetoes';
import { TeamRoster } from './members/team-roster';
import { EntriesPersonalData } from './personal-data/entries-personal-data';

@Module({
  imports: [
    TypeOrmModule.forFeature(ENTRIES_ENTITIES),
    AccountsModule,
    ContestsModule,
    NotificationsModule,
    StorageModule,
  ],
  providers: [
    EntryRepository,
    EntryCategoryUsage,
    EntryContestFacts,
    EligibilityGate,
    EntryService,
    MyEntriesService,
    EntrySubmissionService,
    AttachmentService,
    EntryScreeningService,
    EntryListingRepository,
    EntryListingService,
    EntryExportService,
    ContestOverviewService,
    EntryHistoryService,
    MemberInvitations,
    TeamRoster,
    MembershipService,
    MembershipVetoes,
    ContestParticipation,
    EntriesPersonalData,
  ],
  exports: [
    TypeOrmModule,
    EntryService,
    MyEntriesService,
    EntrySubmissionService,
    AttachmentService,
    EntryScreeningService,
    EntryListingService,
    EntryExportService,
    ContestOverviewService,
    EntryHistoryService,
    MembershipService,
    MembershipVetoes,
    ContestParticipation,
  ],
})
export class EntriesModule {}
