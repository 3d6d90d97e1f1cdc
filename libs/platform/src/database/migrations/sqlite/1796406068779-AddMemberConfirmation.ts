import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMemberConfirmation1796406068779 implements MigrationInterface {
  name = 'AddMemberConfirmation1796406068779';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_151aca40aa8c1f6e135a8be3a1"`);
    await queryRunner.query(`DROP INDEX "IDX_75513aa56d971acf2a6dad8bb0"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_entry_members" ("id" varchar(36) PRIMARY KEY NOT NULL, "entryId" varchar(36) NOT NULL, "contestId" varchar(36) NOT NULL, "fullName" varchar(120) NOT NULL, "email" varchar(254) NOT NULL, "dateOfBirth" date, "gender" varchar(16), "organization" varchar(200), "role" varchar(16) NOT NULL DEFAULT ('member'), "userId" varchar(36), "position" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "confirmation" varchar(16) NOT NULL DEFAULT ('pending'), "respondedAt" datetime, "invitationTokenHash" varchar(64), "invitedAt" datetime)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_entry_members"("id", "entryId", "contestId", "fullName", "email", "dateOfBirth", "gender", "organization", "role", "userId", "position", "createdAt") SELECT "id", "entryId", "contestId", "fullName", "email", "dateOfBirth", "gender", "organization", "role", "userId", "position", "createdAt" FROM "entry_members"`,
    );
    await queryRunner.query(`DROP TABLE "entry_members"`);
    await queryRunner.query(`ALTER TABLE "temporary_entry_members" RENAME TO "entry_members"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_151aca40aa8c1f6e135a8be3a1" ON "entry_members" ("contestId", "email") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_75513aa56d971acf2a6dad8bb0" ON "entry_members" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ef21eb08c9b00ce0ec9825b4dc" ON "entry_members" ("invitationTokenHash") `,
    );
    // Teams listed before members were asked to confirm were accepted under the old rules.
    await queryRunner.query(`UPDATE "entry_members" SET "confirmation" = 'confirmed'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_ef21eb08c9b00ce0ec9825b4dc"`);
    await queryRunner.query(`DROP INDEX "IDX_75513aa56d971acf2a6dad8bb0"`);
    await queryRunner.query(`DROP INDEX "IDX_151aca40aa8c1f6e135a8be3a1"`);
    await queryRunner.query(`ALTER TABLE "entry_members" RENAME TO "temporary_entry_members"`);
    await queryRunner.query(
      `CREATE TABLE "entry_members" ("id" varchar(36) PRIMARY KEY NOT NULL, "entryId" varchar(36) NOT NULL, "contestId" varchar(36) NOT NULL, "fullName" varchar(120) NOT NULL, "email" varchar(254) NOT NULL, "dateOfBirth" date, "gender" varchar(16), "organization" varchar(200), "role" varchar(16) NOT NULL DEFAULT ('member'), "userId" varchar(36), "position" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "entry_members"("id", "entryId", "contestId", "fullName", "email", "dateOfBirth", "gender", "organization", "role", "userId", "position", "createdAt") SELECT "id", "entryId", "contestId", "fullName", "email", "dateOfBirth", "gender", "organization", "role", "userId", "position", "createdAt" FROM "temporary_entry_members"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_entry_members"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_75513aa56d971acf2a6dad8bb0" ON "entry_members" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_151aca40aa8c1f6e135a8be3a1" ON "entry_members" ("contestId", "email") `,
    );
  }
}
