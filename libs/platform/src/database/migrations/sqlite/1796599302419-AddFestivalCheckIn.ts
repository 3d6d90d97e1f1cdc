import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFestivalCheckIn1796599302419 implements MigrationInterface {
  name = 'AddFestivalCheckIn1796599302419';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "festival_guests" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "fullName" varchar(120) NOT NULL, "organisation" varchar(200), "email" varchar(254) NOT NULL, "phone" varchar(20), "locale" varchar(2) NOT NULL DEFAULT ('vi'), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_287ff3f79fa46e49037cbcba88" ON "festival_guests" ("festivalId", "email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_guest_seats" ("id" varchar(36) PRIMARY KEY NOT NULL, "guestId" varchar(36) NOT NULL, "sessionId" varchar(36) NOT NULL, "status" varchar(12) NOT NULL, "position" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fcefc88f26b3c541f84fd21ca2" ON "festival_guest_seats" ("sessionId", "position") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8831a72221593357c7254526e0" ON "festival_guest_seats" ("guestId", "sessionId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_check_ins" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "passId" varchar(36) NOT NULL, "nonce" varchar(64) NOT NULL, "deviceId" varchar(64) NOT NULL, "scannedAt" datetime NOT NULL, "doubleEntry" boolean NOT NULL DEFAULT (0), "staffUserId" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_70020c2f7fb312020568f5febb" ON "festival_check_ins" ("passId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f754eb3c5491b3519c75f94e9c" ON "festival_check_ins" ("festivalId", "nonce") `,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_passes" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "role" varchar(12) NOT NULL, "holderKey" varchar(48) NOT NULL, "fullName" varchar(120) NOT NULL, "email" varchar(254) NOT NULL, "locale" varchar(2) NOT NULL DEFAULT ('vi'), "token" varchar(64) NOT NULL, "shortCode" varchar(8) NOT NULL, "checkedInAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b58c2e37c1fd32bb3395bb3a02" ON "festival_passes" ("token") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b2b77f994bc393524da40a659f" ON "festival_passes" ("festivalId", "shortCode") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8cac73b21a2e4d9daa0f878e9f" ON "festival_passes" ("festivalId", "holderKey") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_578d8a6c1e9ef83258bc08f2d3"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_festival_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "titleVi" varchar(200) NOT NULL, "titleEn" varchar(200) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "room" varchar(120), "speakers" text NOT NULL, "descriptionVi" text, "descriptionEn" text, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "capacity" integer)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_festival_sessions"("id", "festivalId", "kind", "titleVi", "titleEn", "startTime", "endTime", "room", "speakers", "descriptionVi", "descriptionEn", "createdAt", "updatedAt") SELECT "id", "festivalId", "kind", "titleVi", "titleEn", "startTime", "endTime", "room", "speakers", "descriptionVi", "descriptionEn", "createdAt", "updatedAt" FROM "festival_sessions"`,
    );
    await queryRunner.query(`DROP TABLE "festival_sessions"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_festival_sessions" RENAME TO "festival_sessions"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_578d8a6c1e9ef83258bc08f2d3" ON "festival_sessions" ("festivalId", "startTime") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_578d8a6c1e9ef83258bc08f2d3"`);
    await queryRunner.query(
      `ALTER TABLE "festival_sessions" RENAME TO "temporary_festival_sessions"`,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "titleVi" varchar(200) NOT NULL, "titleEn" varchar(200) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "room" varchar(120), "speakers" text NOT NULL, "descriptionVi" text, "descriptionEn" text, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "festival_sessions"("id", "festivalId", "kind", "titleVi", "titleEn", "startTime", "endTime", "room", "speakers", "descriptionVi", "descriptionEn", "createdAt", "updatedAt") SELECT "id", "festivalId", "kind", "titleVi", "titleEn", "startTime", "endTime", "room", "speakers", "descriptionVi", "descriptionEn", "createdAt", "updatedAt" FROM "temporary_festival_sessions"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_festival_sessions"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_578d8a6c1e9ef83258bc08f2d3" ON "festival_sessions" ("festivalId", "startTime") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_8cac73b21a2e4d9daa0f878e9f"`);
    await queryRunner.query(`DROP INDEX "IDX_b2b77f994bc393524da40a659f"`);
    await queryRunner.query(`DROP INDEX "IDX_b58c2e37c1fd32bb3395bb3a02"`);
    await queryRunner.query(`DROP TABLE "festival_passes"`);
    await queryRunner.query(`DROP INDEX "IDX_f754eb3c5491b3519c75f94e9c"`);
    await queryRunner.query(`DROP INDEX "IDX_70020c2f7fb312020568f5febb"`);
    await queryRunner.query(`DROP TABLE "festival_check_ins"`);
    await queryRunner.query(`DROP INDEX "IDX_8831a72221593357c7254526e0"`);
    await queryRunner.query(`DROP INDEX "IDX_fcefc88f26b3c541f84fd21ca2"`);
    await queryRunner.query(`DROP TABLE "festival_guest_seats"`);
    await queryRunner.query(`DROP INDEX "IDX_287ff3f79fa46e49037cbcba88"`);
    await queryRunner.query(`DROP TABLE "festival_guests"`);
  }
}
