import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddGalleryListings1796529116314 implements MigrationInterface {
  name = 'AddGalleryListings1796529116314';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`gallery_listings\` (\`id\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`imageAttachmentId\` varchar(36) NULL, \`searchText\` text NOT NULL, \`searchedRevision\` int NOT NULL, \`optedInBy\` varchar(36) NOT NULL, \`optedInAt\` datetime NOT NULL, INDEX \`IDX_daa6b0da3db0b91669313263ef\` (\`contestId\`, \`optedInAt\`), UNIQUE INDEX \`IDX_dd69cdb7a84422eb36dc816980\` (\`entryId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX \`IDX_dd69cdb7a84422eb36dc816980\` ON \`gallery_listings\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_daa6b0da3db0b91669313263ef\` ON \`gallery_listings\``,
    );
    await queryRunner.query(`DROP TABLE \`gallery_listings\``);
  }
}
