import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAwardWithdrawals1796587945392 implements MigrationInterface {
  name = 'AddAwardWithdrawals1796587945392';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`award_withdrawals\` (\`id\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`awardId\` varchar(36) NOT NULL, \`slot\` varchar(16) NULL, \`outcome\` varchar(16) NULL, \`reason\` text NOT NULL, \`proposedBy\` varchar(36) NOT NULL, \`decidedBy\` varchar(36) NULL, \`decidedAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_award_withdrawals_slot\` (\`awardId\`, \`slot\`), INDEX \`IDX_3bafeec87fce726fe4a896d2fb\` (\`contestId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX \`IDX_3bafeec87fce726fe4a896d2fb\` ON \`award_withdrawals\``,
    );
    await queryRunner.query(`DROP INDEX \`UQ_award_withdrawals_slot\` ON \`award_withdrawals\``);
    await queryRunner.query(`DROP TABLE \`award_withdrawals\``);
  }
}
