import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLiveFinal1796599297612 implements MigrationInterface {
  name = 'AddLiveFinal1796599297612';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "festival_pitches" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "categoryId" varchar(36) NOT NULL, "entryId" varchar(36) NOT NULL, "position" integer NOT NULL, "openedAt" datetime, "closedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f8fb2ea7fc9825accb49f3e557" ON "festival_pitches" ("festivalId", "categoryId", "position") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_19f2ce84e3cd5ee773f0c77abb" ON "festival_pitches" ("festivalId", "entryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_live_finals" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "pitchMinutes" integer NOT NULL DEFAULT (8), "questionMinutes" integer NOT NULL DEFAULT (10), "revealedPrizes" integer NOT NULL DEFAULT (0), "votingOpenedAt" datetime, "votingClosedAt" datetime, "tallyRevealedAt" datetime, "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_240854cfe1fdbcb8b5c89ee1ba3" UNIQUE ("festivalId"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_votes" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "voter" varchar(48) NOT NULL, "entryId" varchar(36) NOT NULL, "firstCastAt" datetime NOT NULL, "castAt" datetime NOT NULL, "changes" integer NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_36fcd281e09e91b7b5f221e696" ON "festival_votes" ("festivalId", "entryId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_84242a23f5a14923ff3a676696" ON "festival_votes" ("festivalId", "voter") `,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_pitch_draws" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "categoryId" varchar(36) NOT NULL, "seed" varchar(64), "order" text NOT NULL, "madeBy" varchar(36) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_61c4e9a4d293e29e416fa4fa00" ON "festival_pitch_draws" ("festivalId", "categoryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_vote_casts" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "voter" varchar(48) NOT NULL, "entryId" varchar(36) NOT NULL, "previousEntryId" varchar(36), "castAt" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_91e23e57173ed90190a2eae3ef" ON "festival_vote_casts" ("festivalId", "castAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_vote_codes" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "codeHash" varchar(64) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5341381cc81f9ce6020d325806" ON "festival_vote_codes" ("codeHash") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_5341381cc81f9ce6020d325806"`);
    await queryRunner.query(`DROP TABLE "festival_vote_codes"`);
    await queryRunner.query(`DROP INDEX "IDX_91e23e57173ed90190a2eae3ef"`);
    await queryRunner.query(`DROP TABLE "festival_vote_casts"`);
    await queryRunner.query(`DROP INDEX "IDX_61c4e9a4d293e29e416fa4fa00"`);
    await queryRunner.query(`DROP TABLE "festival_pitch_draws"`);
    await queryRunner.query(`DROP INDEX "IDX_84242a23f5a14923ff3a676696"`);
    await queryRunner.query(`DROP INDEX "IDX_36fcd281e09e91b7b5f221e696"`);
    await queryRunner.query(`DROP TABLE "festival_votes"`);
    await queryRunner.query(`DROP TABLE "festival_live_finals"`);
    await queryRunner.query(`DROP INDEX "IDX_19f2ce84e3cd5ee773f0c77abb"`);
    await queryRunner.query(`DROP INDEX "IDX_f8fb2ea7fc9825accb49f3e557"`);
    await queryRunner.query(`DROP TABLE "festival_pitches"`);
  }
}
