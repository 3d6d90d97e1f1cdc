import { MigrationInterface, QueryRunner } from 'typeorm';
import { mergePrizeLists } from '../prize-list-merge';

/**
 * One prize list per contest: the prizes of the contest form (`contests.prizes`, JSON) are
 * merged into `contest_prizes`, the list awards point at, and the JSON column goes.
 */
export class MergePrizeLists1796599283963 implements MigrationInterface {
  name = 'MergePrizeLists1796599283963';

  async up(queryRunner: QueryRunner): Promise<void> {
    await mergePrizeLists(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "temporary_contests" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(64) NOT NULL, "nameVi" varchar(200) NOT NULL, "nameEn" varchar(200) NOT NULL, "kind" varchar(32) NOT NULL, "descriptionVi" text NOT NULL, "descriptionEn" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "registrationOpensAt" datetime, "submissionDeadline" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "codePrefix" varchar(12) NOT NULL, "lastEntryNumber" integer NOT NULL DEFAULT (0), "rulesVi" text, "rulesEn" text, "graceMinutes" integer NOT NULL DEFAULT (0), "blindJudging" boolean NOT NULL DEFAULT (0), "eligibility" text, "fields" text, "shareJudgeComments" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_9d34d0f5b13c895c8038b97e5b2" UNIQUE ("slug"), CONSTRAINT "UQ_c68e6b4b0adbc36038f5eb3b72c" UNIQUE ("codePrefix"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_contests"("id", "slug", "nameVi", "nameEn", "kind", "descriptionVi", "descriptionEn", "status", "registrationOpensAt", "submissionDeadline", "createdAt", "updatedAt", "codePrefix", "lastEntryNumber", "rulesVi", "rulesEn", "graceMinutes", "blindJudging", "eligibility", "fields", "shareJudgeComments") SELECT "id", "slug", "nameVi", "nameEn", "kind", "descriptionVi", "descriptionEn", "status", "registrationOpensAt", "submissionDeadline", "createdAt", "updatedAt", "codePrefix", "lastEntryNumber", "rulesVi", "rulesEn", "graceMinutes", "blindJudging", "eligibility", "fields", "shareJudgeComments" FROM "contests"`,
    );
    await queryRunner.query(`DROP TABLE "contests"`);
    await queryRunner.query(`ALTER TABLE "temporary_contests" RENAME TO "contests"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contests" RENAME TO "temporary_contests"`);
    await queryRunner.query(
      `CREATE TABLE "contests" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(64) NOT NULL, "nameVi" varchar(200) NOT NULL, "nameEn" varchar(200) NOT NULL, "kind" varchar(32) NOT NULL, "descriptionVi" text NOT NULL, "descriptionEn" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "registrationOpensAt" datetime, "submissionDeadline" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "codePrefix" varchar(12) NOT NULL, "lastEntryNumber" integer NOT NULL DEFAULT (0), "rulesVi" text, "rulesEn" text, "graceMinutes" integer NOT NULL DEFAULT (0), "blindJudging" boolean NOT NULL DEFAULT (0), "eligibility" text, "fields" text, "prizes" text, "shareJudgeComments" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_9d34d0f5b13c895c8038b97e5b2" UNIQUE ("slug"), CONSTRAINT "UQ_c68e6b4b0adbc36038f5eb3b72c" UNIQUE ("codePrefix"))`,
    );
    await queryRunner.query(
      `INSERT INTO "contests"("id", "slug", "nameVi", "nameEn", "kind", "descriptionVi", "descriptionEn", "status", "registrationOpensAt", "submissionDeadline", "createdAt", "updatedAt", "codePrefix", "lastEntryNumber", "rulesVi", "rulesEn", "graceMinutes", "blindJudging", "eligibility", "fields", "shareJudgeComments") SELECT "id", "slug", "nameVi", "nameEn", "kind", "descriptionVi", "descriptionEn", "status", "registrationOpensAt", "submissionDeadline", "createdAt", "updatedAt", "codePrefix", "lastEntryNumber", "rulesVi", "rulesEn", "graceMinutes", "blindJudging", "eligibility", "fields", "shareJudgeComments" FROM "temporary_contests"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_contests"`);
  }
}
