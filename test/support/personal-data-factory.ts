import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { User } from '@app/accounts/users/user.entity';
import { Role } from '@app/accounts/users/role';
import { Attachment, AttachmentKind } from '@app/entries/attachments/attachment.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import { MemberRole, TeamMember } from '@app/entries/members/team-member.entity';
import { EntrySnapshot } from '@app/entries/snapshots/entry-snapshot.entity';
import { snapshotContent } from '@app/entries/snapshots/snapshot-content';
import {
  ConflictOfInterest,
  ConflictSource,
  ConflictSubject,
} from '@app/judging/conflicts/conflict-of-interest.entity';
import { Notification, NotificationStatus } from '@app/notifications/outbox/notification.entity';
import { createDraftEntry, minimalPdf } from './attachment-factory';
import { ContestFixture, createContest } from './contest-factory';
import { ALL_ENTITIES, createUser, FACTORY_PASSWORD } from './database';
import { createListedEntry } from './listing-factory';
import { waitFor } from './portal';
import { webSessionCookie } from './sessions';

/**
 * A person who left data in every place an erasure must reach: profile, sessions, tokens,
 * a draft with a stored file, a submitted entry, a row on someone else's team, frozen
 * submissions, a conflict naming their address, a delivered mail (stored as .eml), a
 * pending one and one already queued.
 */
export interface PersonWithData {
  id: string;
  email: string;
  fullName: string;
  phone: string;
  accessToken: string;
  refreshToken: string;
  cookie: string;
  contest: ContestFixture;
  draft: Entry;
  draftFile: string;
  submitted: Entry;
  othersEntry: Entry;
  pendingMailId: string;
  /** Addressed by e-mail only, as a mail to a team member without an account would be. */
  queuedMailId: string;
}

const storageRoot = (env: Record<string, string>) =>
  env.STORAGE_DIR ?? join(env.VAR_DIR, 'uploads');

/** A real file in the portal's storage and its row. Returns the file's path. */
export async function storedFile(
  db: DataSource,
  env: Record<string, string>,
  entryId: string,
  uploadedBy: string,
): Promise<string> {
  const id = randomBytes(16).toString('hex');
  const key = `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
  const bytes = minimalPdf();
  const path = join(storageRoot(env), key);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  await db.manager.insert(Attachment, {
    entryId,
    kind: AttachmentKind.pitchDeck,
    storageKey: key,
    originalName: 'bai-thuyet-trinh.pdf',
    mediaType: 'application/pdf',
    sizeBytes: bytes.length,
    sha256: randomBytes(32).toString('hex'),
    uploadedBy,
  });
  return path;
}

/** The entry frozen as submitted, as the submission would leave it. */
export async function freeze(db: DataSource, entry: Entry): Promise<void> {
  const members = await db.manager.find(TeamMember, {
    where: { entryId: entry.id },
    order: { position: 'ASC' },
  });
  await db.manager.save(
    db.manager.create(EntrySnapshot, {
      entryId: entry.id,
      revision: 1,
      content: snapshotContent(entry, 'y-tuong', members, []),
    }),
  );
}

/** Every .eml file the file transport wrote, with its content. */
export function storedMails(env: Record<string, string>): { name: string; text: string }[] {
  const dir = join(env.VAR_DIR, 'mail');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.eml'));
  } catch {
    return [];
  }
  return names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Every row of every table, as one text to search. */
export async function databaseText(db: DataSource): Promise<string> {
  const parts = await Promise.all(
    ALL_ENTITIES.map(async (entity) => JSON.stringify(await db.manager.find(entity))),
  );
  return parts.join('\n');
}

export async function personWithData(
  url: string,
  db: DataSource,
  env: Record<string, string>,
): Promise<PersonWithData> {
  const tag = randomBytes(3).toString('hex');
  const fullName = `Phạm Thị Riêng Tư ${tag}`;
  const phone = `09${randomInt(10_000_000, 99_999_999)}`;
  const user = await createUser(db, {
    email: `rieng.tu.${tag}@example.vn`,
    fullName,
    organization: `Trường THPT Kín Đáo ${tag}`,
  });
  await db.manager.update(
    User,
    { id: user.id },
    { phone, dateOfBirth: '2004-09-02', gender: 'female', district: `Huyện Riêng ${tag}` },
  );
  const login = await request(url)
    .post('/api/v1/auth/login')
    .send({ email: user.email, password: FACTORY_PASSWORD })
    .expect(200);
  const cookie = await webSessionCookie(db, user.id);

  const contest = await createContest(db);
  const draft = await createDraftEntry(db, contest, user);
  await db.manager.insert(TeamMember, {
    entryId: draft.id,
    contestId: contest.id,
    fullName,
    email: user.email,
    role: MemberRole.leader,
    userId: user.id,
    position: 0,
  });
  const draftFile = await storedFile(db, env, draft.id, user.id);
  const submitted = await createListedEntry(db, contest, user);
  await freeze(db, submitted);

  const other = await createUser(db);
  const othersEntry = await createListedEntry(db, contest, other, {
    members: [
      { fullName, email: user.email, dateOfBirth: '2004-09-02', organization: 'Trường Kín' },
    ],
  });
  await freeze(db, othersEntry);

  const judge = await createUser(db, { role: Role.judge });
  await db.manager.insert(ConflictOfInterest, {
    contestId: contest.id,
    judgeUserId: judge.id,
    subject: ConflictSubject.person,
    value: user.email,
    source: ConflictSource.declared,
    reason: 'Người quen',
    createdBy: judge.id,
  });

  // A delivered mail (stored as .eml by the file transport) and one that waits.
  await request(url).post('/api/v1/auth/password/forgot').send({ email: user.email }).expect(202);
  await waitFor(
    async () => storedMails(env).some((mail) => mail.text.includes(user.email)),
    'the reset mail to be stored',
  );
  const pendingMailId = randomUUID();
  await db.manager.insert(Notification, {
    id: pendingMailId,
    dedupeKey: `test:${pendingMailId}`,
    recipientEmail: user.email,
    recipientUserId: user.id,
    template: 'welcome',
    locale: 'vi',
    data: { fullName, link: 'http://portal.test/login' },
    status: NotificationStatus.pending,
    attempts: 0,
    nextAttemptAt: new Date(Date.now() + 24 * 3_600_000),
  });
  // One already handed to the queue (its job not run yet): it must not go out either.
  const queuedMailId = randomUUID();
  await db.manager.insert(Notification, {
    id: queuedMailId,
    dedupeKey: `test:${queuedMailId}`,
    recipientEmail: user.email,
    recipientUserId: null,
    template: 'welcome',
    locale: 'vi',
    data: { fullName, link: 'http://portal.test/login' },
    status: NotificationStatus.queued,
    attempts: 0,
    nextAttemptAt: new Date(),
    queuedAt: new Date(),
  });

  return {
    id: user.id,
    email: user.email,
    fullName,
    phone,
    accessToken: login.body.accessToken,
    refreshToken: login.body.refreshToken,
    cookie,
    contest,
    draft,
    draftFile,
    submitted,
    othersEntry,
    pendingMailId,
    queuedMailId,
  };
}
