import { MigrationInterface, QueryRunner } from 'typeorm';

export class MakeCodePrefixUnique1795688857743 implements MigrationInterface {
  name = 'MakeCodePrefixUnique1795688857743';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`contests\` ADD UNIQUE INDEX \`IDX_0c43c311f7cf2fb017aedbd51b\` (\`codePrefix\`)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`contests\` DROP INDEX \`IDX_0c43c311f7cf2fb017aedbd51b\``,
    );
  }
}
