import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Like } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import { AwardWithdrawal } from '@app/results/awards/award-withdrawal.entity';
import { Certificate, CertificateKind } from '@app/results/certificates/certificate.entity';
import { confirmAward, createAnnouncementContest } from '../support/announcement-factory';
import type { AnnouncementContest } from '../support/announcement-factory';
import { createUser, openDatabase } from '../support/database';
import { accessTokenOf, bearerClient } from '../support/api-client';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const NIL = '00000000-0000-4000-8000-000000000000';

type Listed = { id: string; code: string; kind: string; prize: { nameVi: string } | null };

/**
 * Withdrawing a prize after it was awarded and announced, through the real server, outbox
 * and mail delivery: a reasoned proposal, a second organizer's confirmation (or a cancel),
 * the announcement held while it waits, then a correction to the one team whose outcome
 * changed, its prize certificate no longer listed and its code verified as withdrawn.
 */
describe.each(PROFILES)('withdrawing a prize (%s profile)', (profile) => {
  let portal: RunningPortal;
  let worker: RunningProcess | undefined;
  let sink: SmtpSink;
  let db: DataSource;
  let first: string;
  let second: string;
  let applicant: string;
  let leader: string;
  let fixture: AnnouncementContest;
  let award: Award;
  let base: string;

  const login = (email: string) => accessTokenOf(portal.url, email);
  const { get, post, del } = bearerClient(
    () => portal.url,
    () => first,
  );
  const withdrawalOf = (awardId: string, contestBase = base) =>
    `${contestBase}/awards/${awardId}/withdrawal`;
  const rowsOf = (version: number) =>
    db.manager.find(Notification, {
      where: { dedupeKey: Like(`results:${fixture.contest.id}:${version}:%`) },
    });
  const delivered = (version: number, count: number) =>
    waitFor(async () => {
      const res = await get(`${base}/announcement/progress`).expect(200);
      return res.body.version === version && res.body.sent === count && res.body.done;
    }, `version ${version} to be delivered`);
  const teamCertificates = async () =>
    (await get(`/api/v1/entries/${fixture.team.id}/certificates`, leader).expect(200))
      .body as Listed[];

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await testEnvironment(profile, { SMTP_URL: sink.url });
    portal = await startPortal(env);
    if (profile === 'production') worker = spawnApp('worker', env);
    db = await openDatabase(env);
    const [a, b, c] = await Promise.all([
      createUser(db, { role: Role.organizer, fullName: 'Phạm Quốc Bảo' }),
      createUser(db, { role: Role.organizer, fullName: 'Đỗ Thị Lan' }),
      createUser(db, { role: Role.applicant }),
    ]);
    // Besides the first prize of the best idea, the team of three holds the second prize.
    fixture = await createAnnouncementContest(db);
    award = await confirmAward(db, fixture.second, fixture.team, a.id);
    base = `/api/v1/contests/${fixture.contest.id}`;
    const owner = await db.manager.findOneByOrFail(User, { id: fixture.team.ownerId });
    [first, second, applicant, leader] = await Promise.all(
      [a, b, c, owner].map((u) => login(u.email)),
    );
  });

  afterAll(async () => {
    await worker?.stop();
    await db?.destroy();
    await portal?.stop();
    await sink?.close();
  });

  it('announces the results with the team holding its prize and its prize certificates', async () => {
    expect((await post(`${base}/announce`).expect(201)).body).toEqual({
      version: 1,
      changedEntries: 9,
      mails: 11,
    });
    await delivered(1, 11);
    const prizes = (await teamCertificates()).filter((c) => c.kind === 'prize');
    expect(prizes).toHaveLength(3);
    expect(prizes.every((c) => c.prize?.nameVi === 'Giải Nhì')).toBe(true);
  });

  it('refuses bad input with coded errors and writes nothing', async () => {
    const missing = await post(withdrawalOf(NIL), { reason: 'Không đủ điều kiện' }).expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    const empty = await post(withdrawalOf(award.id), { reason: '   ' }).expect(400);
    expect(empty.body.code).toBe('VALIDATION_FAILED');
    expect((await post(withdrawalOf(award.id), {}).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    await post(withdrawalOf(award.id), { reason: 'x', extra: 1 }).expect(400);
    await post(`${base}/awards/not-a-uuid/withdrawal`, { reason: 'x' }).expect(400);
    await post(withdrawalOf(award.id), { reason: 'x' }, applicant).expect(403);
    // Another contest's award is not found through this contest.
    const other = await createAnnouncementContest(db);
    const [foreign] = await db.manager.findBy(Award, { contestId: other.contest.id });
    const elsewhere = await post(withdrawalOf(foreign.id), { reason: 'x' }).expect(404);
    expect(elsewhere.body.code).toBe('NOT_FOUND');
    await post(`${withdrawalOf(foreign.id)}/confirm`, {}, second).expect(404);
    await del(withdrawalOf(foreign.id)).expect(404);
    // Nothing waits: nothing to confirm or cancel.
    for (const res of [
      await post(`${withdrawalOf(award.id)}/confirm`, {}, second).expect(409),
      await del(withdrawalOf(award.id)).expect(409),
    ])
      expect(res.body.code).toBe('AWARD_WITHDRAWAL_NOT_PENDING');
    expect(await db.manager.countBy(AwardWithdrawal, { contestId: fixture.contest.id })).toBe(0);
  });

  it('keeps one pending withdrawal per award under concurrent proposals, held back from the announcement', async () => {
    const answers = await Promise.all(
      Array.from({ length: 3 }, (_, i) =>
        post(withdrawalOf(award.id), { reason: `Đội tự nguyện từ chối giải (${i})` }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    for (const refused of answers.filter((a) => a.status === 409))
      expect(refused.body.code).toBe('AWARD_WITHDRAWAL_PENDING');
    expect(answers.find((a) => a.status === 201)?.body).toMatchObject({
      awardId: award.id,
      state: 'pending',
      decidedBy: null,
    });
    expect(await db.manager.countBy(AwardWithdrawal, { awardId: award.id })).toBe(1);
    const again = await post(withdrawalOf(award.id), { reason: 'Lần nữa' }, second).expect(409);
    expect(again.body.code).toBe('AWARD_WITHDRAWAL_PENDING');

    const held = await post(`${base}/announce`).expect(409);
    expect(held.body.code).toBe('ANNOUNCEMENT_AWARDS_PENDING');
    const preview = await get(`${base}/announcement`).expect(200);
    expect(preview.body.blocker.code).toBe('ANNOUNCEMENT_AWARDS_PENDING');
    // Not in effect yet: the award stands.
    const view = await get(`${base}/awards`).expect(200);
    const prize = view.body.prizes.find((p: { id: string }) => p.id === fixture.second.id);
    expect(prize.confirmed.map((a: { id: string }) => a.id)).toEqual([award.id]);
    expect(prize.confirmed[0].withdrawal).toMatchObject({
      state: 'pending',
      proposedByName: 'Phạm Quốc Bảo',
    });
  });

  it('needs a second organizer to confirm, and any organizer may cancel', async () => {
    const own = await post(`${withdrawalOf(award.id)}/confirm`).expect(403);
    expect(own.body.code).toBe('SECOND_ORGANIZER_REQUIRED');
    const cancelled = await del(withdrawalOf(award.id), second).expect(200);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', awardId: award.id });
    expect((await db.manager.findOneByOrFail(Award, { id: award.id })).slot).toBe(
      AwardSlot.confirmed,
    );
    // Cancelled, it holds the announcement back no more, and nothing changed to announce.
    expect((await post(`${base}/announce`).expect(409)).body.code).toBe('ANNOUNCEMENT_UNCHANGED');
  });

  it('takes the award out of its seat once confirmed, kept as history, and frees the seat', async () => {
    await post(withdrawalOf(award.id), {
      reason: 'Đội không đủ điều kiện: thành viên quá tuổi quy định.',
    }).expect(201);
    const res = await post(`${withdrawalOf(award.id)}/confirm`, {}, second).expect(200);
    expect(res.body).toMatchObject({ state: 'confirmed', awardId: award.id });
    expect(res.body.award).toMatchObject({
      state: 'withdrawn',
      seat: null,
      supersededBy: award.id,
    });
    const row = await db.manager.findOneByOrFail(Award, { id: award.id });
    expect(row).toMatchObject({ slot: null, seat: null, supersededBy: award.id });

    const view = await get(`${base}/awards`).expect(200);
    const prize = view.body.prizes.find((p: { id: string }) => p.id === fixture.second.id);
    expect(prize).toMatchObject({ confirmed: [], free: 1 });
    const history = view.body.history.find((a: { id: string }) => a.id === award.id);
    expect(history).toMatchObject({ state: 'withdrawn' });
    expect(history.withdrawal.reason).toContain('quá tuổi');

    for (const res of [
      await post(`${withdrawalOf(award.id)}/confirm`, {}, second).expect(409),
      await del(withdrawalOf(award.id)).expect(409),
    ])
      expect(res.body.code).toBe('AWARD_WITHDRAWAL_NOT_PENDING');
    const twice = await post(withdrawalOf(award.id), { reason: 'Lần hai' }).expect(409);
    expect(twice.body.code).toBe('AWARD_NOT_CONFIRMED');

    const actions = (
      await db.manager.find(AuditLog, { where: { subjectId: fixture.team.id } })
    ).map((a) => a.action);
    expect(actions.filter((a) => a === 'award.withdrawal_proposed')).toHaveLength(2);
    expect(actions.filter((a) => a === 'award.withdrawal_cancelled')).toHaveLength(1);
    expect(actions.filter((a) => a === 'award.withdrawal_confirmed')).toHaveLength(1);
  });

  it('no longer lists the prize certificates, and their codes verify as withdrawn, with the date', async () => {
    // Issued while the prize held: the rows stay, so their codes still answer.
    const before = await db.manager.findBy(Certificate, {
      entryId: fixture.team.id,
      kind: CertificateKind.prize,
    });
    expect(before).toHaveLength(3);
    const listed = await teamCertificates();
    expect(listed.map((c) => c.kind)).toEqual(['participation', 'participation', 'participation']);
    const [{ id, code }] = before;
    await get(`/api/v1/entries/${fixture.team.id}/certificates/${id}.pdf`, leader).expect(404);

    const verified = await request(portal.url).get(`/api/v1/certificates/${code}`).expect(200);
    expect(verified.body).toMatchObject({ status: 'withdrawn', kind: 'prize' });
    expect(verified.body.withdrawnAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const page = await request(portal.url).get(`/certificates/verify/${code}`).expect(200);
    expect(page.text).toContain('data-outcome="withdrawn"');
    expect(page.text).toContain('đã bị Ban tổ chức thu hồi ngày');
    expect(page.text).not.toContain('data-outcome="valid"');
    // The team's participation certificates stay genuine.
    const participation = listed[0].code;
    expect(
      (await request(portal.url).get(`/api/v1/certificates/${participation}`).expect(200)).body
        .status,
    ).toBe('valid');
  });

  it('announces a correction that mails only the team whose outcome changed, exactly once', async () => {
    const res = await post(`${base}/announce`).expect(201);
    expect(res.body).toEqual({ version: 2, changedEntries: 1, mails: 3 });
    const rows = await rowsOf(2);
    const owner = await db.manager.findOneByOrFail(User, { id: fixture.team.ownerId });
    expect(rows.map((r) => r.recipientEmail).sort()).toEqual(
      [owner.email, fixture.english.email, fixture.noAccount].sort(),
    );
    expect(rows.every((r) => r.template === 'results-correction')).toBe(true);
    const leaderRow = rows.find((r) => r.recipientEmail === owner.email)!;
    expect(leaderRow.data.outcome).toBe('vào vòng chung kết');
    await delivered(2, 3);
    for (const row of rows)
      expect(sink.messages.filter((m) => m.messageId.startsWith(`<${row.id}@`))).toHaveLength(1);
    expect((await post(`${base}/announce`).expect(409)).body.code).toBe('ANNOUNCEMENT_UNCHANGED');
    expect(await rowsOf(2)).toHaveLength(3);

    const results = await request(portal.url).get(`${base}/results`).expect(200);
    expect(results.body.corrections).toHaveLength(1);
    expect(results.body.corrections[0].version).toBe(2);
    expect(results.body.prizes.map((p: { nameVi: string }) => p.nameVi)).toEqual(['Giải Nhất']);
    const page = await request(portal.url).get(`/results/${fixture.contest.slug}`).expect(200);
    expect(page.text).toContain('corrections-title');
  });

  it('gives the freed seat again: the proposal fills it and it is confirmed in seat 1', async () => {
    await post(`${base}/awards/confirm-proposal`, { prizeId: fixture.second.id }).expect(200);
    const [holder] = await db.manager.findBy(Award, {
      prizeId: fixture.second.id,
      slot: AwardSlot.confirmed,
    });
    expect(holder).toMatchObject({ seat: 1 });
    expect(holder.entryId).not.toBe(fixture.team.id);
  });

  it('settles a confirmation and a cancellation crossing: exactly one wins', async () => {
    const other = await createAnnouncementContest(db);
    const otherBase = `/api/v1/contests/${other.contest.id}`;
    const [target] = await db.manager.findBy(Award, { contestId: other.contest.id });
    await post(withdrawalOf(target.id, otherBase), { reason: 'Đội từ chối giải' }).expect(201);
    const answers = await Promise.all([
      post(`${withdrawalOf(target.id, otherBase)}/confirm`, {}, second),
      del(withdrawalOf(target.id, otherBase)),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.status === 409)!;
    expect(['AWARD_WITHDRAWAL_NOT_PENDING', 'CONFLICT']).toContain(refused.body.code);
    const [decided] = await db.manager.findBy(AwardWithdrawal, { awardId: target.id });
    const row = await db.manager.findOneByOrFail(Award, { id: target.id });
    // The award's state matches the decision that won.
    expect(row.slot).toBe(decided.outcome === 'confirmed' ? null : AwardSlot.confirmed);
  });

  it('closes a pending withdrawal when a confirmed change replaces its award, so nothing is left blocking', async () => {
    const other = await createAnnouncementContest(db);
    const otherBase = `/api/v1/contests/${other.contest.id}`;
    const [target] = await db.manager.findBy(Award, { contestId: other.contest.id });
    await post(withdrawalOf(target.id, otherBase), { reason: 'Đội từ chối giải' }).expect(201);
    const change = await post(`${otherBase}/awards/changes`, {
      prizeId: other.first.id,
      entryId: other.finalists.idea[1].id,
      reason: 'Hội đồng trao giải cho đội xếp sau',
      replacesAwardId: target.id,
    }).expect(201);
    await post(`${otherBase}/awards/${change.body.id}/confirm`, {}, second).expect(200);
    const [closed] = await db.manager.findBy(AwardWithdrawal, { awardId: target.id });
    expect(closed).toMatchObject({ slot: null, outcome: 'overtaken' });
    const audit = await db.manager.findOneByOrFail(AuditLog, {
      action: 'award.change_confirmed',
      subjectId: other.finalists.idea[1].id,
    });
    expect(audit.data).toMatchObject({ closedWithdrawal: closed.id });
    expect((await get(`${otherBase}/announcement`).expect(200)).body.blocker).toBeNull();
  });
});
