import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddUserErasedAt1796406337961 implements MigrationInterface {
  name = 'AddUserErasedAt1796406337961';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "temporary_users" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "passwordHash" varchar(255) NOT NULL, "fullName" varchar(120) NOT NULL, "phone" varchar(32), "dateOfBirth" date, "gender" varchar(16), "organization" varchar(200), "district" varchar(100), "locale" varchar(2) NOT NULL DEFAULT ('vi'), "role" varchar(16) NOT NULL DEFAULT ('applicant'), "emailVerifiedAt" datetime, "consentVersion" varchar(32) NOT NULL, "consentAt" datetime NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "erasedAt" datetime, CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_users"("id", "email", "passwordHash", "fullName", "phone", "dateOfBirth", "gender", "organization", "district", "locale", "role", "emailVerifiedAt", "consentVersion", "consentAt", "createdAt", "updatedAt") SELECT "id", "email", "passwordHash", "fullName", "phone", "dateOfBirth", "gender", "organization", "district", "locale", "role", "emailVerifiedAt", "consentVersion", "consentAt", "createdAt", "updatedAt" FROM "users"`,
    );
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`ALTER TABLE "temporary_users" RENAME TO "users"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" RENAME TO "temporary_users"`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "passwordHash" varchar(255) NOT NULL, "fullName" varchar(120) NOT NULL, "phone" varchar(32), "dateOfBirth" date, "gender" varchar(16), "organization" varchar(200), "district" varchar(100), "locale" varchar(2) NOT NULL DEFAULT ('vi'), "role" varchar(16) NOT NULL DEFAULT ('applicant'), "emailVerifiedAt" datetime, "consentVersion" varchar(32) NOT NULL, "consentAt" datetime NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"))`,
    );
    await queryRunner.query(
      `INSERT INTO "users"("id", "email", "passwordHash", "fullName", "phone", "dateOfBirth", "gender", "organization", "district", "locale", "role", "emailVerifiedAt", "consentVersion", "consentAt", "createdAt", "updatedAt") SELECT "id", "email", "passwordHash", "fullName", "phone", "dateOfBirth", "gender", "organization", "district", "locale", "role", "emailVerifiedAt", "consentVersion", "consentAt", "createdAt", "updatedAt" FROM "temporary_users"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_users"`);
  }
}
