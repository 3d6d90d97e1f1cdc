import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFestival1796588188651 implements MigrationInterface {
  name = 'AddFestival1796588188651';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "festivals" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "date" varchar(10) NOT NULL, "venue" varchar(300) NOT NULL, "nameVi" varchar(200) NOT NULL, "nameEn" varchar(200) NOT NULL, "descriptionVi" text, "descriptionEn" text, "publishedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_0b92264ac6227eae802664e6551" UNIQUE ("contestId"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_booths" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "number" varchar(16) NOT NULL, "entryId" varchar(36), "partnerName" varchar(200), "partnerShowcase" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fab22997cc197b2519ae3843db" ON "festival_booths" ("festivalId", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "festival_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "festivalId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "titleVi" varchar(200) NOT NULL, "titleEn" varchar(200) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "room" varchar(120), "speakers" text NOT NULL, "descriptionVi" text, "descriptionEn" text, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_578d8a6c1e9ef83258bc08f2d3" ON "festival_sessions" ("festivalId", "startTime") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_578d8a6c1e9ef83258bc08f2d3"`);
    await queryRunner.query(`DROP TABLE "festival_sessions"`);
    await queryRunner.query(`DROP INDEX "IDX_fab22997cc197b2519ae3843db"`);
    await queryRunner.query(`DROP TABLE "festival_booths"`);
    await queryRunner.query(`DROP TABLE "festivals"`);
  }
}
