import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddJudging1795690395633 implements MigrationInterface {
  name = 'AddJudging1795690395633';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "advancement_overrides" ("id" varchar(36) PRIMARY KEY NOT NULL, "roundId" varchar(36) NOT NULL, "entryId" varchar(36) NOT NULL, "decision" varchar(16) NOT NULL, "reason" text NOT NULL, "proposedBy" varchar(36) NOT NULL, "confirmedBy" varchar(36), "confirmedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_95da6edbc2581964b2705056c2" ON "advancement_overrides" ("roundId", "entryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignments" ("id" varchar(36) PRIMARY KEY NOT NULL, "roundId" varchar(36) NOT NULL, "entryId" varchar(36) NOT NULL, "judgeUserId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('assigned'), "source" varchar(8) NOT NULL DEFAULT ('auto'), "dueAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2e53cbc938c3a0278b83e2b6e2" ON "assignments" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e53176b2448df0c137966e2ba9" ON "assignments" ("judgeUserId", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_971a8bfb2aed65c2b3be5f178c" ON "assignments" ("roundId", "entryId", "judgeUserId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "round_entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "roundId" varchar(36) NOT NULL, "entryId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('in_round'), "decisionNote" text, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e62e64e21229fc25e0821d7b80" ON "round_entries" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8dd1fa01ea156bae3146111eb7" ON "round_entries" ("roundId", "entryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "conflicts_of_interest" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "judgeUserId" varchar(36) NOT NULL, "subject" varchar(16) NOT NULL, "value" varchar(254) NOT NULL, "source" varchar(16) NOT NULL, "reason" varchar(500), "createdBy" varchar(36) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b966237de04a2bcbd18f4fc6d6" ON "conflicts_of_interest" ("contestId", "judgeUserId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contest_judges" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('invited'), "categoryKeys" text, "fieldKeys" text, "invitedBy" varchar(36), "respondedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_846a5c3561f81411b2d105fa93" ON "contest_judges" ("userId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b6e50cd19f8cd2998dfc2cf5db" ON "contest_judges" ("contestId", "userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ranking_results" ("id" varchar(36) PRIMARY KEY NOT NULL, "roundId" varchar(36) NOT NULL, "scoreCount" integer NOT NULL, "content" text NOT NULL, "computedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c7287abdb049c6b5ba21d77f4f" ON "ranking_results" ("roundId", "computedAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "scores" ("id" varchar(36) PRIMARY KEY NOT NULL, "assignmentId" varchar(36) NOT NULL, "roundId" varchar(36) NOT NULL, "entryId" varchar(36) NOT NULL, "judgeUserId" varchar(36) NOT NULL, "values" text NOT NULL, "commentForTeam" text, "noteForOrganizers" text, "status" varchar(16) NOT NULL DEFAULT ('draft'), "submittedAt" datetime, "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_1416c2057d2ee9d1c6ce1a26d7f" UNIQUE ("assignmentId"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_df55fc9db834e4981408098af9" ON "scores" ("roundId", "entryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "temporary_contests" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(64) NOT NULL, "nameVi" varchar(200) NOT NULL, "nameEn" varchar(200) NOT NULL, "kind" varchar(32) NOT NULL, "descriptionVi" text NOT NULL, "descriptionEn" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "registrationOpensAt" datetime, "submissionDeadline" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "codePrefix" varchar(12) NOT NULL, "lastEntryNumber" integer NOT NULL DEFAULT (0), "rulesVi" text, "rulesEn" text, "graceMinutes" integer NOT NULL DEFAULT (0), "blindJudging" boolean NOT NULL DEFAULT (0), "eligibility" text, "fields" text, "prizes" text, "shareJudgeComments" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_c68e6b4b0adbc36038f5eb3b72c" UNIQUE ("codePrefix"), CONSTRAINT "UQ_9d34d0f5b13c895c8038b97e5b2" UNIQUE ("slug"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_contests"("id", "slug", "nameVi", "nameEn", "kind", "descriptionVi", "descriptionEn", "status", "registrationOpensAt", "submissionDeadline", "createdAt", "updatedAt", "codePrefix", "lastEntryNumber", "rulesVi", "rulesEn", "graceMinutes", "blindJudging", "eligibility", "fields", "prizes") SELECT "id", "slug", "nameVi", "nameEn", "kind", "descriptionVi", "descriptionEn", "status", "registrationOpensAt", "submissionDeadline", "createdAt", "updatedAt", "codePrefix", "lastEntryNumber", "rulesVi", "rulesEn", "graceMinutes", "blindJudging", "eligibility", "fields", "prizes" FROM "contests"`,
    );
    await queryRunner.query(`DROP TABLE "contests"`);
    await queryRunner.query(`ALTER TABLE "temporary_contests" RENAME TO "contests"`);
    await queryRunner.query(`DROP INDEX "IDX_2a74cfdd72475a19735650fb20"`);
    await queryRunner.query(`DROP INDEX "IDX_78ebff0ec891f8ab4020266304"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_contest_rounds" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "position" integer NOT NULL, "nameVi" varchar(120) NOT NULL, "nameEn" varchar(120) NOT NULL, "mode" varchar(8) NOT NULL DEFAULT ('online'), "reviewsPerEntry" integer NOT NULL DEFAULT (3), "judgingOpensAt" datetime, "judgingClosesAt" datetime, "criteria" text NOT NULL, "rubricLockedAt" datetime, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "advancementRule" text, "visibility" text, "decidedAt" datetime)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_contest_rounds"("id", "contestId", "position", "nameVi", "nameEn", "mode", "reviewsPerEntry", "judgingOpensAt", "judgingClosesAt", "criteria", "rubricLockedAt", "version", "createdAt", "updatedAt") SELECT "id", "contestId", "position", "nameVi", "nameEn", "mode", "reviewsPerEntry", "judgingOpensAt", "judgingClosesAt", "criteria", "rubricLockedAt", "version", "createdAt", "updatedAt" FROM "contest_rounds"`,
    );
    await queryRunner.query(`DROP TABLE "contest_rounds"`);
    await queryRunner.query(`ALTER TABLE "temporary_contest_rounds" RENAME TO "contest_rounds"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_2a74cfdd72475a19735650fb20" ON "contest_rounds" ("contestId", "position") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_78ebff0ec891f8ab4020266304" ON "contest_rounds" ("contestId") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_78ebff0ec891f8ab4020266304"`);
    await queryRunner.query(`DROP INDEX "IDX_2a74cfdd72475a19735650fb20"`);
    await queryRunner.query(`ALTER TABLE "contest_rounds" RENAME TO "temporary_contest_rounds"`);
    await queryRunner.query(
      `CREATE TABLE "contest_rounds" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "position" integer NOT NULL, "nameVi" varchar(120) NOT NULL, "nameEn" varchar(120) NOT NULL, "mode" varchar(8) NOT NULL DEFAULT ('online'), "reviewsPerEntry" integer NOT NULL DEFAULT (3), "judgingOpensAt" datetime, "judgingClosesAt" datetime, "criteria" text NOT NULL, "rubricLockedAt" datetime, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "contest_rounds"("id", "contestId", "position", "nameVi", "nameEn", "mode", "reviewsPerEntry", "judgingOpensAt", "judgingClosesAt", "criteria", "rubricLockedAt", "version", "createdAt", "updatedAt") SELECT "id", "contestId", "position", "nameVi", "nameEn", "mode", "reviewsPerEntry", "judgingOpensAt", "judgingClosesAt", "criteria", "rubricLockedAt", "version", "createdAt", "updatedAt" FROM "temporary_contest_rounds"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_contest_rounds"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_78ebff0ec891f8ab4020266304" ON "contest_rounds" ("contestId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_2a74cfdd72475a19735650fb20" ON "contest_rounds" ("contestId", "position") `,
    );
    await queryRunner.query(`ALTER TABLE "contests" RENAME TO "temporary_contests"`);
    await queryRunner.query(
      `CREATE TABLE "contests" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(64) NOT NULL, "nameVi" varchar(200) NOT NULL, "nameEn" varchar(200) NOT NULL, "kind" varchar(32) NOT NULL, "descriptionVi" text NOT NULL, "descriptionEn" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "registrationOpensAt" datetime, "submissionDeadline" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "codePrefix" varchar(12) NOT NULL, "lastEntryNumber" integer NOT NULL DEFAULT (0), "rulesVi" text, "rulesEn" text, "graceMinutes" integer NOT NULL DEFAULT (0), "blindJudging" boolean NOT NULL DEFAULT (0), "eligibility" text, "fields" text, "prizes" text, CONSTRAINT "UQ_c68e6b4b0adbc36038f5eb3b72c" UNIQUE ("codePrefix"), CONSTRAINT "UQ_9d34d0f5b13c895c8038b97e5b2" UNIQUE ("slug"))`,
    );
    await queryRunner.query(
      `INSERT INTO "contests"("id", "slug", "nameVi", "nameEn", "kind", "descriptionVi", "descriptionEn", "status", "registrationOpensAt", "submissionDeadline", "createdAt", "updatedAt", "codePrefix", "lastEntryNumber", "rulesVi", "rulesEn", "graceMinutes", "blindJudging", "eligibility", "fields", "prizes") SELECT "id", "slug", "nameVi", "nameEn", "kind", "descriptionVi", "descriptionEn", "status", "registrationOpensAt", "submissionDeadline", "createdAt", "updatedAt", "codePrefix", "lastEntryNumber", "rulesVi", "rulesEn", "graceMinutes", "blindJudging", "eligibility", "fields", "prizes" FROM "temporary_contests"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_contests"`);
    await queryRunner.query(`DROP INDEX "IDX_df55fc9db834e4981408098af9"`);
    await queryRunner.query(`DROP TABLE "scores"`);
    await queryRunner.query(`DROP INDEX "IDX_c7287abdb049c6b5ba21d77f4f"`);
    await queryRunner.query(`DROP TABLE "ranking_results"`);
    await queryRunner.query(`DROP INDEX "IDX_b6e50cd19f8cd2998dfc2cf5db"`);
    await queryRunner.query(`DROP INDEX "IDX_846a5c3561f81411b2d105fa93"`);
    await queryRunner.query(`DROP TABLE "contest_judges"`);
    await queryRunner.query(`DROP INDEX "IDX_b966237de04a2bcbd18f4fc6d6"`);
    await queryRunner.query(`DROP TABLE "conflicts_of_interest"`);
    await queryRunner.query(`DROP INDEX "IDX_8dd1fa01ea156bae3146111eb7"`);
    await queryRunner.query(`DROP INDEX "IDX_e62e64e21229fc25e0821d7b80"`);
    await queryRunner.query(`DROP TABLE "round_entries"`);
    await queryRunner.query(`DROP INDEX "IDX_971a8bfb2aed65c2b3be5f178c"`);
    await queryRunner.query(`DROP INDEX "IDX_e53176b2448df0c137966e2ba9"`);
    await queryRunner.query(`DROP INDEX "IDX_2e53cbc938c3a0278b83e2b6e2"`);
    await queryRunner.query(`DROP TABLE "assignments"`);
    await queryRunner.query(`DROP INDEX "IDX_95da6edbc2581964b2705056c2"`);
    await queryRunner.query(`DROP TABLE "advancement_overrides"`);
  }
}
