import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFestivalSequence1796623883956 implements MigrationInterface {
  name = 'AddFestivalSequence1796623883956';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "temporary_festivals" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "date" varchar(10) NOT NULL, "venue" varchar(300) NOT NULL, "nameVi" varchar(200) NOT NULL, "nameEn" varchar(200) NOT NULL, "descriptionVi" text, "descriptionEn" text, "publishedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "sequence" integer NOT NULL DEFAULT (0), CONSTRAINT "UQ_0b92264ac6227eae802664e6551" UNIQUE ("contestId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_festivals"("id", "contestId", "date", "venue", "nameVi", "nameEn", "descriptionVi", "descriptionEn", "publishedAt", "createdAt", "updatedAt") SELECT "id", "contestId", "date", "venue", "nameVi", "nameEn", "descriptionVi", "descriptionEn", "publishedAt", "createdAt", "updatedAt" FROM "festivals"`,
    );
    await queryRunner.query(`DROP TABLE "festivals"`);
    await queryRunner.query(`ALTER TABLE "temporary_festivals" RENAME TO "festivals"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "festivals" RENAME TO "temporary_festivals"`);
    await queryRunner.query(
      `CREATE TABLE "festivals" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "date" varchar(10) NOT NULL, "venue" varchar(300) NOT NULL, "nameVi" varchar(200) NOT NULL, "nameEn" varchar(200) NOT NULL, "descriptionVi" text, "descriptionEn" text, "publishedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_0b92264ac6227eae802664e6551" UNIQUE ("contestId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "festivals"("id", "contestId", "date", "venue", "nameVi", "nameEn", "descriptionVi", "descriptionEn", "publishedAt", "createdAt", "updatedAt") SELECT "id", "contestId", "date", "venue", "nameVi", "nameEn", "descriptionVi", "descriptionEn", "publishedAt", "createdAt", "updatedAt" FROM "temporary_festivals"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_festivals"`);
  }
}
