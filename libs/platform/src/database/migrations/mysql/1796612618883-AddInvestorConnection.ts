import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddInvestorConnection1796612618883 implements MigrationInterface {
  name = 'AddInvestorConnection1796612618883';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`investor_profiles\` (\`id\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`organisation\` varchar(200) NOT NULL, \`kind\` varchar(20) NOT NULL, \`interests\` varchar(500) NOT NULL, \`status\` varchar(10) NOT NULL DEFAULT 'pending', \`decidedBy\` varchar(36) NULL, \`decidedAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_732da4f9018a4454ec2a100098\` (\`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`festival_meeting_requests\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`investorUserId\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`slotId\` varchar(36) NULL, \`slotHold\` varchar(36) NULL, \`laterNote\` varchar(300) NULL, \`message\` varchar(1000) NOT NULL, \`status\` varchar(10) NOT NULL DEFAULT 'pending', \`answeredAt\` datetime NULL, \`calendarToken\` varchar(64) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_f66638875646fcce1e53693c1a\` (\`investorUserId\`), INDEX \`IDX_c530286bf3535b65c105c4b622\` (\`entryId\`), INDEX \`IDX_6ea49cc0f805b13fe586739e63\` (\`festivalId\`, \`createdAt\`), UNIQUE INDEX \`IDX_6356c7f40fee0c3aa973173186\` (\`slotHold\`), UNIQUE INDEX \`IDX_344b6204e73b499e73f05c6785\` (\`calendarToken\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`festival_meeting_slots\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`startTime\` varchar(5) NOT NULL, \`endTime\` varchar(5) NOT NULL, \`place\` varchar(120) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_0258a355c01be665a7d5f70be1\` (\`festivalId\`, \`startTime\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX \`IDX_0258a355c01be665a7d5f70be1\` ON \`festival_meeting_slots\``,
    );
    await queryRunner.query(`DROP TABLE \`festival_meeting_slots\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_344b6204e73b499e73f05c6785\` ON \`festival_meeting_requests\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_6356c7f40fee0c3aa973173186\` ON \`festival_meeting_requests\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_6ea49cc0f805b13fe586739e63\` ON \`festival_meeting_requests\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_c530286bf3535b65c105c4b622\` ON \`festival_meeting_requests\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_f66638875646fcce1e53693c1a\` ON \`festival_meeting_requests\``,
    );
    await queryRunner.query(`DROP TABLE \`festival_meeting_requests\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_732da4f9018a4454ec2a100098\` ON \`investor_profiles\``,
    );
    await queryRunner.query(`DROP TABLE \`investor_profiles\``);
  }
}
