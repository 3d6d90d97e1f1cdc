import { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's academic or professional title ("PGS.TS."), used to address judges formally. */
export class AddUserTitle1796519661284 implements MigrationInterface {
  name = 'AddUserTitle1796519661284';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "title" varchar(40)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "title"`);
  }
}
