import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAwardWithdrawals1796587944987 implements MigrationInterface {
  name = 'AddAwardWithdrawals1796587944987';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_withdrawals" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "awardId" varchar(36) NOT NULL, "slot" varchar(16), "outcome" varchar(16), "reason" text NOT NULL, "proposedBy" varchar(36) NOT NULL, "decidedBy" varchar(36), "decidedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_award_withdrawals_slot" ON "award_withdrawals" ("awardId", "slot") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3bafeec87fce726fe4a896d2fb" ON "award_withdrawals" ("contestId") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_3bafeec87fce726fe4a896d2fb"`);
    await queryRunner.query(`DROP INDEX "UQ_award_withdrawals_slot"`);
    await queryRunner.query(`DROP TABLE "award_withdrawals"`);
  }
}
