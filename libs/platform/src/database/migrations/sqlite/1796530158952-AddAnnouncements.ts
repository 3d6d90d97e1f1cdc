import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAnnouncements1796530158952 implements MigrationInterface {
  name = 'AddAnnouncements1796530158952';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "result_outcomes" ("id" varchar(36) PRIMARY KEY NOT NULL, "announcementId" varchar(36) NOT NULL, "contestId" varchar(36) NOT NULL, "version" integer NOT NULL, "entryId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "outcomeKey" varchar(191) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cda420c706a0a1e4182ab5a673" ON "result_outcomes" ("contestId", "version") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_result_outcomes_entry" ON "result_outcomes" ("announcementId", "entryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "result_announcements" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "version" integer NOT NULL, "announcedBy" varchar(36) NOT NULL, "changedEntries" integer NOT NULL, "mails" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_result_announcements_version" ON "result_announcements" ("contestId", "version") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_b6e50cd19f8cd2998dfc2cf5db"`);
    await queryRunner.query(`DROP INDEX "IDX_846a5c3561f81411b2d105fa93"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_contest_judges" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('invited'), "categoryKeys" text, "fieldKeys" text, "invitedBy" varchar(36), "respondedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "showNameOnResults" boolean NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_contest_judges"("id", "contestId", "userId", "status", "categoryKeys", "fieldKeys", "invitedBy", "respondedAt", "createdAt", "updatedAt") SELECT "id", "contestId", "userId", "status", "categoryKeys", "fieldKeys", "invitedBy", "respondedAt", "createdAt", "updatedAt" FROM "contest_judges"`,
    );
    await queryRunner.query(`DROP TABLE "contest_judges"`);
    await queryRunner.query(`ALTER TABLE "temporary_contest_judges" RENAME TO "contest_judges"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b6e50cd19f8cd2998dfc2cf5db" ON "contest_judges" ("contestId", "userId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_846a5c3561f81411b2d105fa93" ON "contest_judges" ("userId") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_846a5c3561f81411b2d105fa93"`);
    await queryRunner.query(`DROP INDEX "IDX_b6e50cd19f8cd2998dfc2cf5db"`);
    await queryRunner.query(`ALTER TABLE "contest_judges" RENAME TO "temporary_contest_judges"`);
    await queryRunner.query(
      `CREATE TABLE "contest_judges" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('invited'), "categoryKeys" text, "fieldKeys" text, "invitedBy" varchar(36), "respondedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "contest_judges"("id", "contestId", "userId", "status", "categoryKeys", "fieldKeys", "invitedBy", "respondedAt", "createdAt", "updatedAt") SELECT "id", "contestId", "userId", "status", "categoryKeys", "fieldKeys", "invitedBy", "respondedAt", "createdAt", "updatedAt" FROM "temporary_contest_judges"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_contest_judges"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_846a5c3561f81411b2d105fa93" ON "contest_judges" ("userId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b6e50cd19f8cd2998dfc2cf5db" ON "contest_judges" ("contestId", "userId") `,
    );
    await queryRunner.query(`DROP INDEX "UQ_result_announcements_version"`);
    await queryRunner.query(`DROP TABLE "result_announcements"`);
    await queryRunner.query(`DROP INDEX "UQ_result_outcomes_entry"`);
    await queryRunner.query(`DROP INDEX "IDX_cda420c706a0a1e4182ab5a673"`);
    await queryRunner.query(`DROP TABLE "result_outcomes"`);
  }
}
