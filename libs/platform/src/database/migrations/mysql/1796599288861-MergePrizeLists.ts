import { MigrationInterface, QueryRunner } from 'typeorm';
import { mergePrizeLists } from '../prize-list-merge';

/**
 * One prize list per contest: the prizes of the contest form (`contests.prizes`, JSON) are
 * merged into `contest_prizes`, the list awards point at, and the JSON column goes.
 */
export class MergePrizeLists1796599288861 implements MigrationInterface {
  name = 'MergePrizeLists1796599288861';

  async up(queryRunner: QueryRunner): Promise<void> {
    await mergePrizeLists(queryRunner);
    await queryRunner.query(`ALTER TABLE \`contests\` DROP COLUMN \`prizes\``);
  }

  /** The column comes back empty: the one list stays where it is. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`contests\` ADD \`prizes\` text NULL`);
  }
}
