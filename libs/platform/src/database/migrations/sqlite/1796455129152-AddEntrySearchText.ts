import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillSearchText } from '../search-text-backfill';

export class AddEntrySearchText1796455129152 implements MigrationInterface {
  name = 'AddEntrySearchText1796455129152';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_ed59a5ecac292da671c0dbd2d7"`);
    await queryRunner.query(`DROP INDEX "IDX_9598b2d2aa8c9cfdb9fcb6b439"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "categoryId" varchar(36) NOT NULL, "fieldKey" varchar(40), "ownerId" varchar(36) NOT NULL, "code" varchar(24) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "applicantType" varchar(16) NOT NULL, "title" varchar(200) NOT NULL, "teamName" varchar(120), "organization" varchar(200), "district" varchar(100), "businessRegisteredOn" date, "summary" text, "problem" text, "solution" text, "customers" text, "businessModel" text, "advantage" text, "stage" varchar(32), "fundingNeeds" text, "videoUrl" varchar(500), "answers" text, "revision" integer NOT NULL DEFAULT (1), "submittedRevision" integer, "submittedAt" datetime, "withdrawnAt" datetime, "screeningReason" text, "screenedAt" datetime, "screenedBy" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "searchText" varchar(400) NOT NULL DEFAULT (''), "searchDistrict" varchar(100), CONSTRAINT "UQ_27b14d180489e0812dee6014767" UNIQUE ("code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_entries"("id", "contestId", "categoryId", "fieldKey", "ownerId", "code", "status", "applicantType", "title", "teamName", "organization", "district", "businessRegisteredOn", "summary", "problem", "solution", "customers", "businessModel", "advantage", "stage", "fundingNeeds", "videoUrl", "answers", "revision", "submittedRevision", "submittedAt", "withdrawnAt", "screeningReason", "screenedAt", "screenedBy", "createdAt", "updatedAt") SELECT "id", "contestId", "categoryId", "fieldKey", "ownerId", "code", "status", "applicantType", "title", "teamName", "organization", "district", "businessRegisteredOn", "summary", "problem", "solution", "customers", "businessModel", "advantage", "stage", "fundingNeeds", "videoUrl", "answers", "revision", "submittedRevision", "submittedAt", "withdrawnAt", "screeningReason", "screenedAt", "screenedBy", "createdAt", "updatedAt" FROM "entries"`,
    );
    await queryRunner.query(`DROP TABLE "entries"`);
    await queryRunner.query(`ALTER TABLE "temporary_entries" RENAME TO "entries"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_ed59a5ecac292da671c0dbd2d7" ON "entries" ("contestId", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9598b2d2aa8c9cfdb9fcb6b439" ON "entries" ("ownerId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_ef21eb08c9b00ce0ec9825b4dc"`);
    await queryRunner.query(`DROP INDEX "IDX_75513aa56d971acf2a6dad8bb0"`);
    await queryRunner.query(`DROP INDEX "IDX_151aca40aa8c1f6e135a8be3a1"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_entry_members" ("id" varchar(36) PRIMARY KEY NOT NULL, "entryId" varchar(36) NOT NULL, "contestId" varchar(36) NOT NULL, "fullName" varchar(120) NOT NULL, "email" varchar(254) NOT NULL, "dateOfBirth" date, "gender" varchar(16), "organization" varchar(200), "role" varchar(16) NOT NULL DEFAULT ('member'), "userId" varchar(36), "position" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "confirmation" varchar(16) NOT NULL DEFAULT ('pending'), "respondedAt" datetime, "invitationTokenHash" varchar(64), "invitedAt" datetime, "searchText" varchar(400) NOT NULL DEFAULT (''))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_entry_members"("id", "entryId", "contestId", "fullName", "email", "dateOfBirth", "gender", "organization", "role", "userId", "position", "createdAt", "confirmation", "respondedAt", "invitationTokenHash", "invitedAt") SELECT "id", "entryId", "contestId", "fullName", "email", "dateOfBirth", "gender", "organization", "role", "userId", "position", "createdAt", "confirmation", "respondedAt", "invitationTokenHash", "invitedAt" FROM "entry_members"`,
    );
    await queryRunner.query(`DROP TABLE "entry_members"`);
    await queryRunner.query(`ALTER TABLE "temporary_entry_members" RENAME TO "entry_members"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ef21eb08c9b00ce0ec9825b4dc" ON "entry_members" ("invitationTokenHash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_75513aa56d971acf2a6dad8bb0" ON "entry_members" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_151aca40aa8c1f6e135a8be3a1" ON "entry_members" ("contestId", "email") `,
    );
    // Entries and members written before: organizers' search must find them too.
    await backfillSearchText(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_151aca40aa8c1f6e135a8be3a1"`);
    await queryRunner.query(`DROP INDEX "IDX_75513aa56d971acf2a6dad8bb0"`);
    await queryRunner.query(`DROP INDEX "IDX_ef21eb08c9b00ce0ec9825b4dc"`);
    await queryRunner.query(`ALTER TABLE "entry_members" RENAME TO "temporary_entry_members"`);
    await queryRunner.query(
      `CREATE TABLE "entry_members" ("id" varchar(36) PRIMARY KEY NOT NULL, "entryId" varchar(36) NOT NULL, "contestId" varchar(36) NOT NULL, "fullName" varchar(120) NOT NULL, "email" varchar(254) NOT NULL, "dateOfBirth" date, "gender" varchar(16), "organization" varchar(200), "role" varchar(16) NOT NULL DEFAULT ('member'), "userId" varchar(36), "position" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "confirmation" varchar(16) NOT NULL DEFAULT ('pending'), "respondedAt" datetime, "invitationTokenHash" varchar(64), "invitedAt" datetime)`,
    );
    await queryRunner.query(
      `INSERT INTO "entry_members"("id", "entryId", "contestId", "fullName", "email", "dateOfBirth", "gender", "organization", "role", "userId", "position", "createdAt", "confirmation", "respondedAt", "invitationTokenHash", "invitedAt") SELECT "id", "entryId", "contestId", "fullName", "email", "dateOfBirth", "gender", "organization", "role", "userId", "position", "createdAt", "confirmation", "respondedAt", "invitationTokenHash", "invitedAt" FROM "temporary_entry_members"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_entry_members"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_151aca40aa8c1f6e135a8be3a1" ON "entry_members" ("contestId", "email") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_75513aa56d971acf2a6dad8bb0" ON "entry_members" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ef21eb08c9b00ce0ec9825b4dc" ON "entry_members" ("invitationTokenHash") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_9598b2d2aa8c9cfdb9fcb6b439"`);
    await queryRunner.query(`DROP INDEX "IDX_ed59a5ecac292da671c0dbd2d7"`);
    await queryRunner.query(`ALTER TABLE "entries" RENAME TO "temporary_entries"`);
    await queryRunner.query(
      `CREATE TABLE "entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "categoryId" varchar(36) NOT NULL, "fieldKey" varchar(40), "ownerId" varchar(36) NOT NULL, "code" varchar(24) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "applicantType" varchar(16) NOT NULL, "title" varchar(200) NOT NULL, "teamName" varchar(120), "organization" varchar(200), "district" varchar(100), "businessRegisteredOn" date, "summary" text, "problem" text, "solution" text, "customers" text, "businessModel" text, "advantage" text, "stage" varchar(32), "fundingNeeds" text, "videoUrl" varchar(500), "answers" text, "revision" integer NOT NULL DEFAULT (1), "submittedRevision" integer, "submittedAt" datetime, "withdrawnAt" datetime, "screeningReason" text, "screenedAt" datetime, "screenedBy" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_27b14d180489e0812dee6014767" UNIQUE ("code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "entries"("id", "contestId", "categoryId", "fieldKey", "ownerId", "code", "status", "applicantType", "title", "teamName", "organization", "district", "businessRegisteredOn", "summary", "problem", "solution", "customers", "businessModel", "advantage", "stage", "fundingNeeds", "videoUrl", "answers", "revision", "submittedRevision", "submittedAt", "withdrawnAt", "screeningReason", "screenedAt", "screenedBy", "createdAt", "updatedAt") SELECT "id", "contestId", "categoryId", "fieldKey", "ownerId", "code", "status", "applicantType", "title", "teamName", "organization", "district", "businessRegisteredOn", "summary", "problem", "solution", "customers", "businessModel", "advantage", "stage", "fundingNeeds", "videoUrl", "answers", "revision", "submittedRevision", "submittedAt", "withdrawnAt", "screeningReason", "screenedAt", "screenedBy", "createdAt", "updatedAt" FROM "temporary_entries"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_entries"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_9598b2d2aa8c9cfdb9fcb6b439" ON "entries" ("ownerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ed59a5ecac292da671c0dbd2d7" ON "entries" ("contestId", "status") `,
    );
  }
}
