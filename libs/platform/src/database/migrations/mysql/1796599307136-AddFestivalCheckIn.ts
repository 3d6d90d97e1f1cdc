import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFestivalCheckIn1796599307136 implements MigrationInterface {
  name = 'AddFestivalCheckIn1796599307136';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`festival_guests\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`fullName\` varchar(120) NOT NULL, \`organisation\` varchar(200) NULL, \`email\` varchar(254) NOT NULL, \`phone\` varchar(20) NULL, \`locale\` varchar(2) NOT NULL DEFAULT 'vi', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_287ff3f79fa46e49037cbcba88\` (\`festivalId\`, \`email\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`festival_guest_seats\` (\`id\` varchar(36) NOT NULL, \`guestId\` varchar(36) NOT NULL, \`sessionId\` varchar(36) NOT NULL, \`status\` varchar(12) NOT NULL, \`position\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_fcefc88f26b3c541f84fd21ca2\` (\`sessionId\`, \`position\`), UNIQUE INDEX \`IDX_8831a72221593357c7254526e0\` (\`guestId\`, \`sessionId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`festival_check_ins\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`passId\` varchar(36) NOT NULL, \`nonce\` varchar(64) NOT NULL, \`deviceId\` varchar(64) NOT NULL, \`scannedAt\` datetime NOT NULL, \`doubleEntry\` tinyint NOT NULL DEFAULT 0, \`staffUserId\` varchar(36) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_70020c2f7fb312020568f5febb\` (\`passId\`), UNIQUE INDEX \`IDX_f754eb3c5491b3519c75f94e9c\` (\`festivalId\`, \`nonce\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`festival_passes\` (\`id\` varchar(36) NOT NULL, \`festivalId\` varchar(36) NOT NULL, \`role\` varchar(12) NOT NULL, \`holderKey\` varchar(48) NOT NULL, \`fullName\` varchar(120) NOT NULL, \`email\` varchar(254) NOT NULL, \`locale\` varchar(2) NOT NULL DEFAULT 'vi', \`token\` varchar(64) NOT NULL, \`shortCode\` varchar(8) NOT NULL, \`checkedInAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_b58c2e37c1fd32bb3395bb3a02\` (\`token\`), UNIQUE INDEX \`IDX_b2b77f994bc393524da40a659f\` (\`festivalId\`, \`shortCode\`), UNIQUE INDEX \`IDX_8cac73b21a2e4d9daa0f878e9f\` (\`festivalId\`, \`holderKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`festival_sessions\` ADD \`capacity\` int NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`festival_sessions\` DROP COLUMN \`capacity\``);
    await queryRunner.query(`DROP INDEX \`IDX_8cac73b21a2e4d9daa0f878e9f\` ON \`festival_passes\``);
    await queryRunner.query(`DROP INDEX \`IDX_b2b77f994bc393524da40a659f\` ON \`festival_passes\``);
    await queryRunner.query(`DROP INDEX \`IDX_b58c2e37c1fd32bb3395bb3a02\` ON \`festival_passes\``);
    await queryRunner.query(`DROP TABLE \`festival_passes\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_f754eb3c5491b3519c75f94e9c\` ON \`festival_check_ins\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_70020c2f7fb312020568f5febb\` ON \`festival_check_ins\``,
    );
    await queryRunner.query(`DROP TABLE \`festival_check_ins\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_8831a72221593357c7254526e0\` ON \`festival_guest_seats\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_fcefc88f26b3c541f84fd21ca2\` ON \`festival_guest_seats\``,
    );
    await queryRunner.query(`DROP TABLE \`festival_guest_seats\``);
    await queryRunner.query(`DROP INDEX \`IDX_287ff3f79fa46e49037cbcba88\` ON \`festival_guests\``);
    await queryRunner.query(`DROP TABLE \`festival_guests\``);
  }
}
