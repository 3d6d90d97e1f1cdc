import { MigrationInterface, QueryRunner } from 'typeorm';

export class WidenRankingContent1795690961019 implements MigrationInterface {
  name = 'WidenRankingContent1795690961019';

  async up(queryRunner: QueryRunner): Promise<void> {
    // MODIFY, not the generated DROP + ADD: stored rankings are kept.
    await queryRunner.query(`ALTER TABLE \`ranking_results\` MODIFY \`content\` json NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`ranking_results\` MODIFY \`content\` text NOT NULL`);
  }
}
