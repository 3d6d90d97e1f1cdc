import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFestival1796588191530 implements MigrationInterface {
  name = 'AddFestival1796588191530';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`festivals\` (\`id\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`date\` varchar(10) NOT NULL, \`venue\` varchar(300) NOT NULL, \`nameVi\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NOT NULL, \`descriptionVi\` text NULL, \`descriptionEn\` text NULL, \`publishedAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_0b92264ac6227eae802664e655\` (\`contestId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`festival_booths\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`number\` varchar(16) NOT NULL, \`entryId\` varchar(36) NULL, \`partnerName\` varchar(200) NULL, \`partnerShowcase\` varchar(200) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_fab22997cc197b2519ae3843db\` (\`festivalId\`, \`number\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`festival_sessions\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`kind\` varchar(24) NOT NULL, \`titleVi\` varchar(200) NOT NULL, \`titleEn\` varchar(200) NOT NULL, \`startTime\` varchar(5) NOT NULL, \`endTime\` varchar(5) NOT NULL, \`room\` varchar(120) NULL, \`speakers\` text NOT NULL, \`descriptionVi\` text NULL, \`descriptionEn\` text NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_578d8a6c1e9ef83258bc08f2d3\` (\`festivalId\`, \`startTime\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX \`IDX_578d8a6c1e9ef83258bc08f2d3\` ON \`festival_sessions\``,
    );
    await queryRunner.query(`DROP TABLE \`festival_sessions\``);
    await queryRunner.query(`DROP INDEX \`IDX_fab22997cc197b2519ae3843db\` ON \`festival_booths\``);
    await queryRunner.query(`DROP TABLE \`festival_booths\``);
    await queryRunner.query(`DROP INDEX \`IDX_0b92264ac6227eae802664e655\` ON \`festivals\``);
    await queryRunner.query(`DROP TABLE \`festivals\``);
  }
}
