import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddInvestorConnection1796612614427 implements MigrationInterface {
  name = 'AddInvestorConnection1796612614427';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "investor_profiles" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "organisation" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, "interests" varchar(500) NOT NULL, "status" varchar(10) NOT NULL DEFAULT ('pending'), "decidedBy" varchar(36), "decidedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_732da4f9018a4454ec2a100098d" UNIQUE ("userId"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_meeting_requests" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "investorUserId" varchar(36) NOT NULL, "entryId" varchar(36) NOT NULL, "slotId" varchar(36), "slotHold" varchar(36), "laterNote" varchar(300), "message" varchar(1000) NOT NULL, "status" varchar(10) NOT NULL DEFAULT ('pending'), "answeredAt" datetime, "calendarToken" varchar(64) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_6356c7f40fee0c3aa9731731868" UNIQUE ("slotHold"), CONSTRAINT "UQ_344b6204e73b499e73f05c6785a" UNIQUE ("calendarToken"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f66638875646fcce1e53693c1a" ON "festival_meeting_requests" ("investorUserId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c530286bf3535b65c105c4b622" ON "festival_meeting_requests" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6ea49cc0f805b13fe586739e63" ON "festival_meeting_requests" ("festivalId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_meeting_slots" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "place" varchar(120) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0258a355c01be665a7d5f70be1" ON "festival_meeting_slots" ("festivalId", "startTime") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_0258a355c01be665a7d5f70be1"`);
    await queryRunner.query(`DROP TABLE "festival_meeting_slots"`);
    await queryRunner.query(`DROP INDEX "IDX_6ea49cc0f805b13fe586739e63"`);
    await queryRunner.query(`DROP INDEX "IDX_c530286bf3535b65c105c4b622"`);
    await queryRunner.query(`DROP INDEX "IDX_f66638875646fcce1e53693c1a"`);
    await queryRunner.query(`DROP TABLE "festival_meeting_requests"`);
    await queryRunner.query(`DROP TABLE "investor_profiles"`);
  }
}
