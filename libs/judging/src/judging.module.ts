import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { EntriesModule } from '@app/entries';
import { NotificationsModule } from '@app/notifications';
import { ConflictRepository } from './conflicts/conflict.repository';
import { ConflictService } from './conflicts/conflict.service';
import { ConflictDeclarationService } from './conflicts/conflict-declaration.service';
import { JudgeAccounts } from './judges/judge-accounts';
import { JudgeMembershipVeto } from './judges/judge-membership-veto';
import { JudgeService } from './judges/judge.service';
import { JUDGING_ENTITIES } from './judging.entities';
import { AssignmentDigest } from './assignment/assignment-digest';
import { AssignmentJobs } from './assignment/assignment-jobs';
import { AssignmentRepository } from './assignment/assignment.repository';
import { AssignmentService } from './assignment/assignment.service';
import { AutoAssignmentService } from './assignment/auto-assignment.service';
import { ConflictReleaseService } from './assignment/conflict-release.service';
import { RoundIntakeService } from './assignment/round-intake.service';
import { RankingModule } from './ranking/ranking.module';
import { AdvancementOverrideService } from './advancement/advancement-override.service';
import { AdvancementService } from './advancement/advancement.service';
import { RoundDecisionMails } from './advancement/round-decision-mails';
import { PaperworkService } from './paperwork/paperwork.service';
import { JudgingPersonalData } from './personal-data/judging-personal-data';
import { JudgeAssignmentAccess } from './scoring/judge-assignment-access';
import { BlindFiles } from './visibility/blind-files';
import { JudgeQueueService } from './scoring/judge-queue.service';
import { ScoringRepository } from './scoring/scoring.repository';
import { ScoringService } from './scoring/scoring.service';
import { LiveScoringGate } from './scoring/live-scoring-gate';

@Module({
  imports: [
    TypeOrmModule.forFeature(JUDGING_ENTITIES),
    AccountsModule,
    ContestsModule,
    EntriesModule,
    NotificationsModule,
    RankingModule,
  ],
  providers: [
    AssignmentRepository,
    AssignmentDigest,
    AutoAssignmentService,
    AssignmentJobs,
    AssignmentService,
    ConflictReleaseService,
    RoundIntakeService,
    JudgeAccounts,
    JudgeMembershipVeto,
    JudgeService,
    ConflictRepository,
    ConflictService,
    ConflictDeclarationService,
    ScoringRepository,
    JudgeAssignmentAccess,
    BlindFiles,
    ScoringService,
    LiveScoringGate,
    JudgeQueueService,
    AdvancementService,
    AdvancementOverrideService,
    RoundDecisionMails,
    PaperworkService,
    JudgingPersonalData,
  ],
  exports: [
    AssignmentService,
    AutoAssignmentService,
    RoundIntakeService,
    JudgeService,
    ConflictService,
    ConflictDeclarationService,
    TypeOrmModule,
    RankingModule,
    ScoringService,
    LiveScoringGate,
    JudgeQueueService,
    AdvancementService,
    AdvancementOverrideService,
    PaperworkService,
  ],
})
export class JudgingModule {}
