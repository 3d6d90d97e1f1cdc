import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLiveFinal1796599301739 implements MigrationInterface {
  name = 'AddLiveFinal1796599301739';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`festival_pitches\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`categoryId\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`openedAt\` datetime NULL, \`closedAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_f8fb2ea7fc9825accb49f3e557\` (\`festivalId\`, \`categoryId\`, \`position\`), UNIQUE INDEX \`IDX_19f2ce84e3cd5ee773f0c77abb\` (\`festivalId\`, \`entryId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`festival_live_finals\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`pitchMinutes\` int NOT NULL DEFAULT '8', \`questionMinutes\` int NOT NULL DEFAULT '10', \`revealedPrizes\` int NOT NULL DEFAULT '0', \`votingOpenedAt\` datetime NULL, \`votingClosedAt\` datetime NULL, \`tallyRevealedAt\` datetime NULL, \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_240854cfe1fdbcb8b5c89ee1ba\` (\`festivalId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`festival_votes\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`voter\` varchar(48) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`firstCastAt\` datetime NOT NULL, \`castAt\` datetime NOT NULL, \`changes\` int NOT NULL DEFAULT '0', INDEX \`IDX_36fcd281e09e91b7b5f221e696\` (\`festivalId\`, \`entryId\`), UNIQUE INDEX \`IDX_84242a23f5a14923ff3a676696\` (\`festivalId\`, \`voter\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`festival_pitch_draws\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`categoryId\` varchar(36) NOT NULL, \`seed\` varchar(64) NULL, \`order\` text NOT NULL, \`madeBy\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_61c4e9a4d293e29e416fa4fa00\` (\`festivalId\`, \`categoryId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`festival_vote_casts\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`voter\` varchar(48) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`previousEntryId\` varchar(36) NULL, \`castAt\` datetime NOT NULL, INDEX \`IDX_91e23e57173ed90190a2eae3ef\` (\`festivalId\`, \`castAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`festival_vote_codes\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`codeHash\` varchar(64) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_5341381cc81f9ce6020d325806\` (\`codeHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX \`IDX_5341381cc81f9ce6020d325806\` ON \`festival_vote_codes\``,
    );
    await queryRunner.query(`DROP TABLE \`festival_vote_codes\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_91e23e57173ed90190a2eae3ef\` ON \`festival_vote_casts\``,
    );
    await queryRunner.query(`DROP TABLE \`festival_vote_casts\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_61c4e9a4d293e29e416fa4fa00\` ON \`festival_pitch_draws\``,
    );
    await queryRunner.query(`DROP TABLE \`festival_pitch_draws\``);
    await queryRunner.query(`DROP INDEX \`IDX_84242a23f5a14923ff3a676696\` ON \`festival_votes\``);
    await queryRunner.query(`DROP INDEX \`IDX_36fcd281e09e91b7b5f221e696\` ON \`festival_votes\``);
    await queryRunner.query(`DROP TABLE \`festival_votes\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_240854cfe1fdbcb8b5c89ee1ba\` ON \`festival_live_finals\``,
    );
    await queryRunner.query(`DROP TABLE \`festival_live_finals\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_19f2ce84e3cd5ee773f0c77abb\` ON \`festival_pitches\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_f8fb2ea7fc9825accb49f3e557\` ON \`festival_pitches\``,
    );
    await queryRunner.query(`DROP TABLE \`festival_pitches\``);
  }
}
