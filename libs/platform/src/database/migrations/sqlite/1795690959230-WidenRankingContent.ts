import { MigrationInterface, QueryRunner } from 'typeorm';

export class WidenRankingContent1795690959230 implements MigrationInterface {
  name = 'WidenRankingContent1795690959230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_c7287abdb049c6b5ba21d77f4f"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_ranking_results" ("id" varchar(36) PRIMARY KEY NOT NULL, "roundId" varchar(36) NOT NULL, "scoreCount" integer NOT NULL, "content" text NOT NULL, "computedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_ranking_results"("id", "roundId", "scoreCount", "content", "computedAt") SELECT "id", "roundId", "scoreCount", "content", "computedAt" FROM "ranking_results"`,
    );
    await queryRunner.query(`DROP TABLE "ranking_results"`);
    await queryRunner.query(`ALTER TABLE "temporary_ranking_results" RENAME TO "ranking_results"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_c7287abdb049c6b5ba21d77f4f" ON "ranking_results" ("roundId", "computedAt") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_c7287abdb049c6b5ba21d77f4f"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_ranking_results" ("id" varchar(36) PRIMARY KEY NOT NULL, "roundId" varchar(36) NOT NULL, "scoreCount" integer NOT NULL, "content" json NOT NULL, "computedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_ranking_results"("id", "roundId", "scoreCount", "content", "computedAt") SELECT "id", "roundId", "scoreCount", "content", "computedAt" FROM "ranking_results"`,
    );
    await queryRunner.query(`DROP TABLE "ranking_results"`);
    await queryRunner.query(`ALTER TABLE "temporary_ranking_results" RENAME TO "ranking_results"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_c7287abdb049c6b5ba21d77f4f" ON "ranking_results" ("roundId", "computedAt") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_c7287abdb049c6b5ba21d77f4f"`);
    await queryRunner.query(`ALTER TABLE "ranking_results" RENAME TO "temporary_ranking_results"`);
    await queryRunner.query(
      `CREATE TABLE "ranking_results" ("id" varchar(36) PRIMARY KEY NOT NULL, "roundId" varchar(36) NOT NULL, "scoreCount" integer NOT NULL, "content" text NOT NULL, "computedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "ranking_results"("id", "roundId", "scoreCount", "content", "computedAt") SELECT "id", "roundId", "scoreCount", "content", "computedAt" FROM "temporary_ranking_results"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_ranking_results"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_c7287abdb049c6b5ba21d77f4f" ON "ranking_results" ("roundId", "computedAt") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_c7287abdb049c6b5ba21d77f4f"`);
    await queryRunner.query(`ALTER TABLE "ranking_results" RENAME TO "temporary_ranking_results"`);
    await queryRunner.query(
      `CREATE TABLE "ranking_results" ("id" varchar(36) PRIMARY KEY NOT NULL, "roundId" varchar(36) NOT NULL, "scoreCount" integer NOT NULL, "content" text NOT NULL, "computedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "ranking_results"("id", "roundId", "scoreCount", "content", "computedAt") SELECT "id", "roundId", "scoreCount", "content", "computedAt" FROM "temporary_ranking_results"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_ranking_results"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_c7287abdb049c6b5ba21d77f4f" ON "ranking_results" ("roundId", "computedAt") `,
    );
  }
}
