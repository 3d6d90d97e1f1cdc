import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupersedeAdvancementOverrides1796405964746 implements MigrationInterface {
  name = 'SupersedeAdvancementOverrides1796405964746';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_95da6edbc2581964b2705056c2"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_advancement_overrides" ("id" varchar(36) PRIMARY KEY NOT NULL, "roundId" varchar(36) NOT NULL, "entryId" varchar(36) NOT NULL, "decision" varchar(16) NOT NULL, "reason" text NOT NULL, "proposedBy" varchar(36) NOT NULL, "confirmedBy" varchar(36), "confirmedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "slot" varchar(16), "supersededBy" varchar(36), "supersededAt" datetime)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_advancement_overrides"("id", "roundId", "entryId", "decision", "reason", "proposedBy", "confirmedBy", "confirmedAt", "createdAt") SELECT "id", "roundId", "entryId", "decision", "reason", "proposedBy", "confirmedBy", "confirmedAt", "createdAt" FROM "advancement_overrides"`,
    );
    await queryRunner.query(`DROP TABLE "advancement_overrides"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_advancement_overrides" RENAME TO "advancement_overrides"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_95da6edbc2581964b2705056c2" ON "advancement_overrides" ("roundId", "entryId") `,
    );
    // Existing rows take their slot; where one entry had several pending or several
    // confirmed overrides, the latest keeps the slot (as the decision used to read them)
    // and the others are superseded, so the unique index below can be built.
    await queryRunner.query(
      `UPDATE "advancement_overrides" SET "slot" = CASE WHEN "confirmedAt" IS NULL THEN 'pending' ELSE 'confirmed' END`,
    );
    await queryRunner.query(
      `UPDATE "advancement_overrides" SET "slot" = NULL, "supersededAt" = datetime('now') WHERE EXISTS (SELECT 1 FROM "advancement_overrides" b WHERE b."roundId" = "advancement_overrides"."roundId" AND b."entryId" = "advancement_overrides"."entryId" AND (b."confirmedAt" IS NULL) = ("advancement_overrides"."confirmedAt" IS NULL) AND (COALESCE(b."confirmedAt", b."createdAt") > COALESCE("advancement_overrides"."confirmedAt", "advancement_overrides"."createdAt") OR (COALESCE(b."confirmedAt", b."createdAt") = COALESCE("advancement_overrides"."confirmedAt", "advancement_overrides"."createdAt") AND b."id" > "advancement_overrides"."id")))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_advancement_overrides_slot" ON "advancement_overrides" ("roundId", "entryId", "slot") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_advancement_overrides_slot"`);
    await queryRunner.query(`DROP INDEX "IDX_95da6edbc2581964b2705056c2"`);
    await queryRunner.query(
      `ALTER TABLE "advancement_overrides" RENAME TO "temporary_advancement_overrides"`,
    );
    await queryRunner.query(
      `CREATE TABLE "advancement_overrides" ("id" varchar(36) PRIMARY KEY NOT NULL, "roundId" varchar(36) NOT NULL, "entryId" varchar(36) NOT NULL, "decision" varchar(16) NOT NULL, "reason" text NOT NULL, "proposedBy" varchar(36) NOT NULL, "confirmedBy" varchar(36), "confirmedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "advancement_overrides"("id", "roundId", "entryId", "decision", "reason", "proposedBy", "confirmedBy", "confirmedAt", "createdAt") SELECT "id", "roundId", "entryId", "decision", "reason", "proposedBy", "confirmedBy", "confirmedAt", "createdAt" FROM "temporary_advancement_overrides"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_advancement_overrides"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_95da6edbc2581964b2705056c2" ON "advancement_overrides" ("roundId", "entryId") `,
    );
  }
}
