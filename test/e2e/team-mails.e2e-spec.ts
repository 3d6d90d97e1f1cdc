import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource, Like } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { MemberConfirmation, TeamMember } from '@app/entries/members/team-member.entity';
import { MailRenderer } from '@app/notifications/mail/mail-renderer.service';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { createContest } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { createReadyEntry, signIn } from '../support/entry-factory';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';

/**
 * Mails about an entry reach the whole team, each member in their own language; judges
 * are addressed formally with the title from their profile.
 */
describe.each(PROFILES)('mails to teams and judges (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;

  beforeAll(async () => {
    const env = await testEnvironment(profile, { AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    portal = await startPortal(env);
    db = await openDatabase(env);
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  const api = () => request(portal.url);
  const address = (name: string) => `${name}.${randomBytes(3).toString('hex')}@truong.edu.vn`;
  /** Recipient -> locale of the mails of one template about one entry. */
  const mailed = async (template: string, code: string) => {
    const rows = await db.manager.findBy(Notification, { template });
    return Object.fromEntries(
      rows.filter((row) => row.data.code === code).map((row) => [row.recipientEmail, row.locale]),
    );
  };

  it('sends the receipt and the screening result to every member with an address, in their language', async () => {
    // Members need not confirm here, so a member who has not answered yet is on the team too.
    const contest = await createContest(db, {
      eligibility: { memberConfirmation: 'not_required' },
    });
    const owner = await signIn(portal.url, db);
    const english = await createUser(db, { email: address('english') });
    await db.manager.update(User, { id: english.id }, { locale: 'en' });
    const noAccount = address('khong-tai-khoan');
    const declined = address('tu-choi');
    const entry = await createReadyEntry(portal.url, db, owner, contest.id, {
      members: [
        { fullName: 'Trưởng nhóm', email: owner.email, role: 'leader' },
        { fullName: 'Alice Member', email: english.email, role: 'member' },
        { fullName: 'Lê Văn Chưa Có', email: noAccount, role: 'member' },
        { fullName: 'Hồ Thị Từ Chối', email: declined, role: 'member' },
      ],
    });
    // Answers to the confirmation links (tested in team-membership) are written directly.
    const answer = async (email: string, confirmation: MemberConfirmation) =>
      db.manager.update(
        TeamMember,
        { entryId: entry.id, email },
        { confirmation, respondedAt: new Date() },
      );
    await answer(english.email, MemberConfirmation.confirmed);
    await answer(declined, MemberConfirmation.declined);

    await api().post(`/api/v1/entries/${entry.id}/submit`).set(owner.auth).expect(200);
    const team = { [owner.email]: 'vi', [english.email]: 'en', [noAccount]: 'vi' };
    expect(await mailed('entry-receipt', entry.code)).toEqual(team);
    const receipt = await db.manager.findOneByOrFail(Notification, {
      template: 'entry-receipt',
      recipientEmail: english.email,
    });
    expect(receipt).toMatchObject({ recipientUserId: english.id });
    expect(receipt.data).toMatchObject({ fullName: 'Alice Member', contestName: contest.nameEn });

    const organizer = await signIn(portal.url, db, { role: Role.organizer });
    await api()
      .post(`/api/v1/entries/${entry.id}/screening`)
      .set(organizer.auth)
      .send({ decision: 'eligible' })
      .expect(200);
    expect(await mailed('entry-eligible', entry.code)).toEqual(team);
    // Submitting again is idempotent: still one receipt per member.
    await api().post(`/api/v1/entries/${entry.id}/submit`).set(owner.auth);
    expect(
      await db.manager.countBy(Notification, {
        template: 'entry-receipt',
        dedupeKey: Like(`entry-receipt:${entry.id}:%`),
      }),
    ).toBe(3);
  });

  it('addresses an invited judge formally with the title from their profile, in their language', async () => {
    const contest = await createContest(db);
    const organizer = await signIn(portal.url, db, { role: Role.organizer });
    const vi = await createUser(db, { role: Role.judge, fullName: 'Nguyễn Văn A' });
    const en = await createUser(db, { role: Role.judge, fullName: 'Trần Thị B' });
    const untitled = await createUser(db, { role: Role.judge, fullName: 'Phạm Văn C' });
    await db.manager.update(User, { id: vi.id }, { title: 'PGS.TS.' });
    await db.manager.update(User, { id: en.id }, { title: 'PGS.TS.', locale: 'en' });
    for (const judge of [vi, en, untitled])
      await api()
        .post(`/api/v1/contests/${contest.id}/judges`)
        .set(organizer.auth)
        .send({ email: judge.email })
        .expect(201);

    const renderer = new MailRenderer();
    const greetingTo = async (email: string) => {
      const row = await db.manager.findOneByOrFail(Notification, {
        template: 'judge-invitation',
        recipientEmail: email,
      });
      return renderer.render(row.template, row.locale, row.data).text.split('\n')[0];
    };
    expect(await greetingTo(vi.email)).toBe('Kính gửi PGS.TS. Nguyễn Văn A,');
    expect(await greetingTo(en.email)).toBe('Dear Assoc. Prof. Trần Thị B,');
    expect(await greetingTo(untitled.email)).toBe('Kính gửi Ông/Bà Phạm Văn C,');
  });
});
