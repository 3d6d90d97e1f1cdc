import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCertificates1796529104876 implements MigrationInterface {
  name = 'AddCertificates1796529104876';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "certificates" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(16) NOT NULL, "contestId" varchar(36) NOT NULL, "entryId" varchar(36) NOT NULL, "memberId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "prizeKey" varchar(40) NOT NULL DEFAULT (''), "prizeNameVi" varchar(200), "prizeNameEn" varchar(200), "issuedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_e9e6937f74d9a653f0fc3299132" UNIQUE ("code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f78990d2572415cab4e7df1db7" ON "certificates" ("contestId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_659c0c55a52c32c3536832e161" ON "certificates" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_23423635c5fea66204c56cffe6" ON "certificates" ("memberId", "kind", "prizeKey") `,
    );
    await queryRunner.query(
      `CREATE TABLE "certificate_settings" ("contestId" varchar(36) PRIMARY KEY NOT NULL, "organisers" text NOT NULL, "place" varchar(100), "signatories" text NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "certificate_settings"`);
    await queryRunner.query(`DROP INDEX "IDX_23423635c5fea66204c56cffe6"`);
    await queryRunner.query(`DROP INDEX "IDX_659c0c55a52c32c3536832e161"`);
    await queryRunner.query(`DROP INDEX "IDX_f78990d2572415cab4e7df1db7"`);
    await queryRunner.query(`DROP TABLE "certificates"`);
  }
}
