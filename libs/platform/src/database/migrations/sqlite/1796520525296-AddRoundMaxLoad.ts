import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRoundMaxLoad1796520525296 implements MigrationInterface {
  name = 'AddRoundMaxLoad1796520525296';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_78ebff0ec891f8ab4020266304"`);
    await queryRunner.query(`DROP INDEX "IDX_2a74cfdd72475a19735650fb20"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_contest_rounds" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "position" integer NOT NULL, "nameVi" varchar(120) NOT NULL, "nameEn" varchar(120) NOT NULL, "mode" varchar(8) NOT NULL DEFAULT ('online'), "reviewsPerEntry" integer NOT NULL DEFAULT (3), "judgingOpensAt" datetime, "judgingClosesAt" datetime, "criteria" text NOT NULL, "rubricLockedAt" datetime, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "advancementRule" text, "visibility" text, "decidedAt" datetime, "maxLoadPerJudge" integer)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_contest_rounds"("id", "contestId", "position", "nameVi", "nameEn", "mode", "reviewsPerEntry", "judgingOpensAt", "judgingClosesAt", "criteria", "rubricLockedAt", "version", "createdAt", "updatedAt", "advancementRule", "visibility", "decidedAt") SELECT "id", "contestId", "position", "nameVi", "nameEn", "mode", "reviewsPerEntry", "judgingOpensAt", "judgingClosesAt", "criteria", "rubricLockedAt", "version", "createdAt", "updatedAt", "advancementRule", "visibility", "decidedAt" FROM "contest_rounds"`,
    );
    await queryRunner.query(`DROP TABLE "contest_rounds"`);
    await queryRunner.query(`ALTER TABLE "temporary_contest_rounds" RENAME TO "contest_rounds"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_78ebff0ec891f8ab4020266304" ON "contest_rounds" ("contestId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_2a74cfdd72475a19735650fb20" ON "contest_rounds" ("contestId", "position") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_2a74cfdd72475a19735650fb20"`);
    await queryRunner.query(`DROP INDEX "IDX_78ebff0ec891f8ab4020266304"`);
    await queryRunner.query(`ALTER TABLE "contest_rounds" RENAME TO "temporary_contest_rounds"`);
    await queryRunner.query(
      `CREATE TABLE "contest_rounds" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "position" integer NOT NULL, "nameVi" varchar(120) NOT NULL, "nameEn" varchar(120) NOT NULL, "mode" varchar(8) NOT NULL DEFAULT ('online'), "reviewsPerEntry" integer NOT NULL DEFAULT (3), "judgingOpensAt" datetime, "judgingClosesAt" datetime, "criteria" text NOT NULL, "rubricLockedAt" datetime, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "advancementRule" text, "visibility" text, "decidedAt" datetime)`,
    );
    await queryRunner.query(
      `INSERT INTO "contest_rounds"("id", "contestId", "position", "nameVi", "nameEn", "mode", "reviewsPerEntry", "judgingOpensAt", "judgingClosesAt", "criteria", "rubricLockedAt", "version", "createdAt", "updatedAt", "advancementRule", "visibility", "decidedAt") SELECT "id", "contestId", "position", "nameVi", "nameEn", "mode", "reviewsPerEntry", "judgingOpensAt", "judgingClosesAt", "criteria", "rubricLockedAt", "version", "createdAt", "updatedAt", "advancementRule", "visibility", "decidedAt" FROM "temporary_contest_rounds"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_contest_rounds"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_2a74cfdd72475a19735650fb20" ON "contest_rounds" ("contestId", "position") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_78ebff0ec891f8ab4020266304" ON "contest_rounds" ("contestId") `,
    );
  }
}
