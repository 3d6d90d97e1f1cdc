import { hash } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { ACCOUNTS_ENTITIES } from '@app/accounts/accounts.entities';
import { ARGON2_OPTIONS } from '@app/accounts/passwords/password-hasher';
import { User } from '@app/accounts/users/user.entity';
import { Role } from '@app/accounts/users/role';
import { CONTESTS_ENTITIES } from '@app/contests/contests.entities';
import { ENTRIES_ENTITIES } from '@app/entries/entries.entities';
import { JUDGING_ENTITIES } from '@app/judging/judging.entities';
import { RESULTS_ENTITIES } from '@app/results/results.entities';
import { FESTIVAL_ENTITIES, LIVE_FINAL_ENTITIES } from '@app/festival/festival.entities';
import { INVESTOR_ENTITIES } from '@app/festival/investors/investors.entities';
import { IdempotencyRecord } from '@app/platform/idempotency/idempotency-record.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { loadConfig } from '@app/platform/config/app-config';
import { databaseOptions } from '@app/platform/database/database-options';

export const ALL_ENTITIES = [
  ...ACCOUNTS_ENTITIES,
  Notification,
  ...CONTESTS_ENTITIES,
  ...ENTRIES_ENTITIES,
  ...JUDGING_ENTITIES,
  ...RESULTS_ENTITIES,
  ...FESTIVAL_ENTITIES,
  ...LIVE_FINAL_ENTITIES,
  ...INVESTOR_ENTITIES,
  IdempotencyRecord,
];

/**
 * The test's own connection to the database a spawned app uses (the same SQLite file, or
 * the same MariaDB database), for factories and for checking what was written.
 */
export async function openDatabase(env: Record<string, string>): Promise<DataSource> {
  const options = databaseOptions(loadConfig(env));
  const dataSource = new DataSource({ ...options, entities: ALL_ENTITIES } as typeof options);
  return dataSource.initialize();
}

let counter = 0;

export interface UserFactoryInput {
  role?: Role;
  verified?: boolean;
  email?: string;
  password?: string;
  fullName?: string;
  organization?: string | null;
}

export const FACTORY_PASSWORD = 'bình-minh-trên-núi-Thiên-Ấn';

/** A valid user in one line: `await createUser(db, { role: Role.judge })`. */
export async function createUser(
  db: DataSource,
  input: UserFactoryInput = {},
): Promise<User & { password: string }> {
  const password = input.password ?? FACTORY_PASSWORD;
  const now = new Date();
  const user = db.manager.create(User, {
    email: (input.email ?? `user${Date.now()}-${++counter}@example.vn`).toLowerCase(),
    passwordHash: await hash(password, ARGON2_OPTIONS),
    fullName: input.fullName ?? `Người dùng ${counter}`,
    phone: null,
    dateOfBirth: null,
    gender: null,
    organization: input.organization ?? null,
    district: null,
    locale: 'vi',
    role: input.role ?? Role.applicant,
    emailVerifiedAt: input.verified === false ? null : now,
    consentVersion: '2025-1',
    consentAt: now,
  });
  await db.manager.insert(User, user);
  return Object.assign(user, { password });
}
