import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddGalleryListings1796529115255 implements MigrationInterface {
  name = 'AddGalleryListings1796529115255';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "gallery_listings" ("id" varchar(36) PRIMARY KEY NOT NULL, "entryId" varchar(36) NOT NULL, "contestId" varchar(36) NOT NULL, "imageAttachmentId" varchar(36), "searchText" text NOT NULL, "searchedRevision" integer NOT NULL, "optedInBy" varchar(36) NOT NULL, "optedInAt" datetime NOT NULL, CONSTRAINT "UQ_dd69cdb7a84422eb36dc8169803" UNIQUE ("entryId"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_daa6b0da3db0b91669313263ef" ON "gallery_listings" ("contestId", "optedInAt") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_daa6b0da3db0b91669313263ef"`);
    await queryRunner.query(`DROP TABLE "gallery_listings"`);
  }
}
