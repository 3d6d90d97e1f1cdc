import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAwards1796528923501 implements MigrationInterface {
  name = 'AddAwards1796528923501';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "awards" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "prizeId" varchar(36) NOT NULL, "entryId" varchar(36) NOT NULL, "slot" varchar(16), "seat" integer, "fromProposal" boolean NOT NULL DEFAULT (0), "reason" text, "replacesAwardId" varchar(36), "proposedBy" varchar(36) NOT NULL, "confirmedBy" varchar(36), "confirmedAt" datetime, "supersededBy" varchar(36), "supersededAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_awards_slot" ON "awards" ("prizeId", "entryId", "slot") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_awards_seat" ON "awards" ("prizeId", "seat") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e38867d5a20d9afc04236f2cdb" ON "awards" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7a59636c499f3b41b7a34d005b" ON "awards" ("contestId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contest_prizes" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "categoryId" varchar(36), "kind" varchar(16) NOT NULL, "nameVi" varchar(200) NOT NULL, "nameEn" varchar(200) NOT NULL, "amount" integer NOT NULL, "quantity" integer NOT NULL, "position" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6e84ba38007f6099530d1c0354" ON "contest_prizes" ("contestId", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "round_feedback_releases" ("id" varchar(36) PRIMARY KEY NOT NULL, "roundId" varchar(36) NOT NULL, "contestId" varchar(36) NOT NULL, "released" boolean NOT NULL DEFAULT (0), "updatedBy" varchar(36) NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8c12aff7c49af31acfb51c1069" ON "round_feedback_releases" ("roundId") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_8c12aff7c49af31acfb51c1069"`);
    await queryRunner.query(`DROP TABLE "round_feedback_releases"`);
    await queryRunner.query(`DROP INDEX "IDX_6e84ba38007f6099530d1c0354"`);
    await queryRunner.query(`DROP TABLE "contest_prizes"`);
    await queryRunner.query(`DROP INDEX "IDX_7a59636c499f3b41b7a34d005b"`);
    await queryRunner.query(`DROP INDEX "IDX_e38867d5a20d9afc04236f2cdb"`);
    await queryRunner.query(`DROP INDEX "UQ_awards_seat"`);
    await queryRunner.query(`DROP INDEX "UQ_awards_slot"`);
    await queryRunner.query(`DROP TABLE "awards"`);
  }
}
