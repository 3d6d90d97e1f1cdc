import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSessionSequence1796612706116 implements MigrationInterface {
  name = 'AddSessionSequence1796612706116';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_578d8a6c1e9ef83258bc08f2d3"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_festival_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "titleVi" varchar(200) NOT NULL, "titleEn" varchar(200) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "room" varchar(120), "speakers" text NOT NULL, "descriptionVi" text, "descriptionEn" text, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "capacity" integer, "sequence" integer NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_festival_sessions"("id", "festivalId", "kind", "titleVi", "titleEn", "startTime", "endTime", "room", "speakers", "descriptionVi", "descriptionEn", "createdAt", "updatedAt", "capacity") SELECT "id", "festivalId", "kind", "titleVi", "titleEn", "startTime", "endTime", "room", "speakers", "descriptionVi", "descriptionEn", "createdAt", "updatedAt", "capacity" FROM "festival_sessions"`,
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
      `CREATE TABLE "festival_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "titleVi" varchar(200) NOT NULL, "titleEn" varchar(200) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "room" varchar(120), "speakers" text NOT NULL, "descriptionVi" text, "descriptionEn" text, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "capacity" integer)`,
    );
    await queryRunner.query(
      `INSERT INTO "festival_sessions"("id", "festivalId", "kind", "titleVi", "titleEn", "startTime", "endTime", "room", "speakers", "descriptionVi", "descriptionEn", "createdAt", "updatedAt", "capacity") SELECT "id", "festivalId", "kind", "titleVi", "titleEn", "startTime", "endTime", "room", "speakers", "descriptionVi", "descriptionEn", "createdAt", "updatedAt", "capacity" FROM "temporary_festival_sessions"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_festival_sessions"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_578d8a6c1e9ef83258bc08f2d3" ON "festival_sessions" ("festivalId", "startTime") `,
    );
  }
}
