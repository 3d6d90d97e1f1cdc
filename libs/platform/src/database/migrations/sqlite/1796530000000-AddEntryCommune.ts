import { MigrationInterface, QueryRunner } from 'typeorm';

/** The entry's commune or ward, chosen from a list since local government has two levels. */
export class AddEntryCommune1796530000000 implements MigrationInterface {
  name = 'AddEntryCommune1796530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "entries" ADD COLUMN "commune" varchar(100)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "commune"`);
  }
}
