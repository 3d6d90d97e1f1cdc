import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewBlindConflictDeclarations1796406750974 implements MigrationInterface {
  name = 'ReviewBlindConflictDeclarations1796406750974';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_b966237de04a2bcbd18f4fc6d6"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_conflicts_of_interest" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "judgeUserId" varchar(36) NOT NULL, "subject" varchar(16) NOT NULL, "value" varchar(254) NOT NULL, "source" varchar(16) NOT NULL, "reason" varchar(500), "createdBy" varchar(36) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "status" varchar(16) NOT NULL DEFAULT ('effective'), "reviewedBy" varchar(36), "reviewedAt" datetime)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_conflicts_of_interest"("id", "contestId", "judgeUserId", "subject", "value", "source", "reason", "createdBy", "createdAt") SELECT "id", "contestId", "judgeUserId", "subject", "value", "source", "reason", "createdBy", "createdAt" FROM "conflicts_of_interest"`,
    );
    await queryRunner.query(`DROP TABLE "conflicts_of_interest"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_conflicts_of_interest" RENAME TO "conflicts_of_interest"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b966237de04a2bcbd18f4fc6d6" ON "conflicts_of_interest" ("contestId", "judgeUserId") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_b966237de04a2bcbd18f4fc6d6"`);
    await queryRunner.query(
      `ALTER TABLE "conflicts_of_interest" RENAME TO "temporary_conflicts_of_interest"`,
    );
    await queryRunner.query(
      `CREATE TABLE "conflicts_of_interest" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "judgeUserId" varchar(36) NOT NULL, "subject" varchar(16) NOT NULL, "value" varchar(254) NOT NULL, "source" varchar(16) NOT NULL, "reason" varchar(500), "createdBy" varchar(36) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "conflicts_of_interest"("id", "contestId", "judgeUserId", "subject", "value", "source", "reason", "createdBy", "createdAt") SELECT "id", "contestId", "judgeUserId", "subject", "value", "source", "reason", "createdBy", "createdAt" FROM "temporary_conflicts_of_interest"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_conflicts_of_interest"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_b966237de04a2bcbd18f4fc6d6" ON "conflicts_of_interest" ("contestId", "judgeUserId") `,
    );
  }
}
