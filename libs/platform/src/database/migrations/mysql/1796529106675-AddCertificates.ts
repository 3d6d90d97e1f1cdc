import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCertificates1796529106675 implements MigrationInterface {
  name = 'AddCertificates1796529106675';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`certificates\` (\`id\` varchar(36) NOT NULL, \`code\` varchar(16) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`memberId\` varchar(36) NOT NULL, \`kind\` varchar(16) NOT NULL, \`prizeKey\` varchar(40) NOT NULL DEFAULT '', \`prizeNameVi\` varchar(200) NULL, \`prizeNameEn\` varchar(200) NULL, \`issuedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_f78990d2572415cab4e7df1db7\` (\`contestId\`), INDEX \`IDX_659c0c55a52c32c3536832e161\` (\`entryId\`), UNIQUE INDEX \`IDX_23423635c5fea66204c56cffe6\` (\`memberId\`, \`kind\`, \`prizeKey\`), UNIQUE INDEX \`IDX_e9e6937f74d9a653f0fc329913\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`certificate_settings\` (\`contestId\` varchar(36) NOT NULL, \`organisers\` text NOT NULL, \`place\` varchar(100) NULL, \`signatories\` text NOT NULL, \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (\`contestId\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`certificate_settings\``);
    await queryRunner.query(`DROP INDEX \`IDX_e9e6937f74d9a653f0fc329913\` ON \`certificates\``);
    await queryRunner.query(`DROP INDEX \`IDX_23423635c5fea66204c56cffe6\` ON \`certificates\``);
    await queryRunner.query(`DROP INDEX \`IDX_659c0c55a52c32c3536832e161\` ON \`certificates\``);
    await queryRunner.query(`DROP INDEX \`IDX_f78990d2572415cab4e7df1db7\` ON \`certificates\``);
    await queryRunner.query(`DROP TABLE \`certificates\``);
  }
}
