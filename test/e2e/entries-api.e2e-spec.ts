import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Contest, ContestStatus } from '@app/contests/contests/contest.entity';
import { QuestionKind } from '@app/contests/questions/contest-question.entity';
import { EntrySnapshot } from '@app/entries/snapshots/entry-snapshot.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { createContest, createQuestion } from '../support/contest-factory';
import { openDatabase } from '../support/database';
import { minimalPdf } from '../support/attachment-factory';
import { addAttachment, COMPLETE_FORM, createReadyEntry, signIn } from '../support/entry-factory';
import type { SignedInUser } from '../support/entry-factory';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const XSS_TITLE = '<script>alert("tiêu đề")</script> Ý tưởng';
const XSS_TEAM = '<img src=x onerror=alert(1)>';

describe.each(PROFILES)('entries API: draft, edit, submit, withdraw (%s profile)', (profile) => {
  let sink: SmtpSink;
  let portal: RunningPortal;
  let worker: RunningProcess | undefined;
  let db: DataSource;
  let url: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await testEnvironment(profile, { SMTP_URL: sink.url });
    portal = await startPortal(env);
    if (profile === 'production') worker = spawnApp('worker', env);
    db = await openDatabase(env);
    url = portal.url;
  });
  afterAll(async () => {
    await db?.destroy();
    await worker?.stop();
    await portal?.stop();
    await sink?.close();
  });

  const contest = (overrides: Parameters<typeof createContest>[1] = {}) =>
    createContest(db, {
      codePrefix: `E${randomBytes(3).toString('hex').toUpperCase()}`,
      ...overrides,
    });
  const setDeadline = (id: string, offsetMs: number, graceMinutes = 0) =>
    db.manager.update(
      Contest,
      { id },
      { submissionDeadline: new Date(Date.now() + offsetMs), graceMinutes },
    );
  const receipts = (to: string) => sink.messages.filter((m) => m.to.includes(to));
  const receiptRows = (entryId: string) =>
    db.manager
      .find(Notification, { where: { template: 'entry-receipt' } })
      .then((rows) => rows.filter((r) => r.dedupeKey.startsWith(`entry-receipt:${entryId}:`)));

  it('takes a draft through edit and submission to a receipt mail, and a resubmission to a second one', async () => {
    const c = await contest({
      eligibility: { minAge: 18, maxAge: 35, teamSizeMax: 5, onePersonOneEntry: true },
    });
    const question = await createQuestion(db, c, {
      key: 'nguon-tin',
      kind: QuestionKind.choice,
      options: ['Facebook', 'Trường học'],
      required: true,
    });
    const owner = await signIn(url, db);

    const created = await request(url)
      .post(`/api/v1/contests/${c.id}/entries`)
      .set(owner.auth)
      .send({
        categoryKey: 'y-tuong',
        fieldKey: 'nong-nghiep',
        applicantType: 'team',
        title: 'Nháp',
      })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      code: `${c.codePrefix}-0001`,
      status: 'draft',
    });
    const id = created.body.id as string;

    const draft = await request(url).get(`/api/v1/entries/${id}`).set(owner.auth).expect(200);
    expect(draft.body.members).toEqual([
      expect.objectContaining({ email: owner.email, role: 'leader', dateOfBirth: '2000-05-15' }),
    ]);
    expect(draft.body).toMatchObject({
      revision: 1,
      categoryKey: 'y-tuong',
      fieldKey: 'nong-nghiep',
    });

    const edited = await request(url)
      .patch(`/api/v1/entries/${id}`)
      .set(owner.auth)
      .send({
        title: XSS_TITLE,
        teamName: XSS_TEAM,
        ...COMPLETE_FORM,
        answers: { [question.key]: 'Trường học' },
        members: [
          {
            fullName: 'Trưởng nhóm',
            email: owner.email,
            dateOfBirth: '2000-05-15',
            role: 'leader',
          },
          {
            fullName: 'Thành viên',
            email: 'Minh.Thanh@example.vn',
            dateOfBirth: '2001-02-03',
            gender: 'male',
            role: 'member',
          },
        ],
      })
      .expect(200);
    expect(edited.body).toMatchObject({ title: XSS_TITLE, teamName: XSS_TEAM, revision: 2 });
    expect(edited.body.members.map((m: { email: string }) => m.email)).toEqual([
      owner.email,
      'minh.thanh@example.vn',
    ]);
    // Unchanged values are no change: the revision stays.
    const same = await request(url)
      .patch(`/api/v1/entries/${id}`)
      .set(owner.auth)
      .send({ title: XSS_TITLE });
    expect(same.body.revision).toBe(2);

    const incomplete = await request(url)
      .post(`/api/v1/entries/${id}/submit`)
      .set(owner.auth)
      .expect(422);
    expect(incomplete.body.code).toBe('ENTRY_INCOMPLETE');
    expect(incomplete.body.details).toEqual([
      expect.objectContaining({ field: 'attachments.pitch_deck' }),
    ]);
    await addAttachment(db, id, owner.id);

    // The member listed by the leader confirms their place from the mailed link.
    const invitation = await waitFor(
      () =>
        db.manager.findOne(Notification, {
          where: { template: 'team-membership', recipientEmail: 'minh.thanh@example.vn' },
        }),
      'the confirmation mail to the member',
    );
    await request(url)
      .post('/api/v1/memberships/confirm')
      .send({ token: new URL(invitation.data.link as string).searchParams.get('token') })
      .expect(200);

    const submitted = await request(url)
      .post(`/api/v1/entries/${id}/submit`)
      .set(owner.auth)
      .expect(200);
    expect(submitted.body).toEqual({
      status: 'submitted',
      code: `${c.codePrefix}-0001`,
      submittedAt: expect.stringMatching(/\+07:00$/),
      revision: 2,
      memberConfirmation: { rule: 'before_submission', unconfirmed: [], blocksSubmission: false },
    });

    const mail = await waitFor(async () => {
      const message = receipts(owner.email)[0];
      return message && simpleParser(message.raw);
    }, 'the receipt mail');
    expect(mail.subject).toContain(`${c.codePrefix}-0001`);
    expect(mail.text).toContain(`http://portal.test/entries/${id}`);
    expect(mail.text).toContain(c.nameVi);
    expect(mail.text).toMatch(/GMT\+7/);
    expect(mail.html).toContain('&lt;script&gt;alert(');
    expect(mail.html).not.toMatch(/<script|<img/i);

    await request(url)
      .patch(`/api/v1/entries/${id}`)
      .set(owner.auth)
      .send({ summary: 'Bản tóm tắt mới.' })
      .expect(200)
      .expect((res) =>
        expect(res.body).toMatchObject({ revision: 3, hasUnsubmittedChanges: true }),
      );
    const again = await request(url)
      .post(`/api/v1/entries/${id}/submit`)
      .set(owner.auth)
      .expect(200);
    expect(again.body.revision).toBe(3);
    await waitFor(async () => receipts(owner.email).length === 2, 'the second receipt');
    expect(await db.manager.count(EntrySnapshot, { where: { entryId: id } })).toBe(2);

    const mine = await request(url).get('/api/v1/me/entries').set(owner.auth).expect(200);
    expect(mine.body).toEqual([
      expect.objectContaining({
        id,
        status: 'submitted',
        code: `${c.codePrefix}-0001`,
        contest: expect.objectContaining({ slug: c.slug, nameVi: c.nameVi }),
        submittedAt: expect.any(String),
        hasUnsubmittedChanges: false,
      }),
    ]);
    expect(mine.body[0].history.map((e: { type: string }) => e.type).sort()).toEqual(
      ['created', 'member_confirmed', 'submitted', 'submitted', 'updated', 'updated'].sort(),
    );
  });

  it('refuses unverified applicants, closed contests, unknown fields and bad values', async () => {
    const c = await contest();
    const unverified = await signIn(url, db, { verified: false });
    const body = { categoryKey: 'y-tuong', applicantType: 'team', title: 'Ý tưởng' };
    const refused = await request(url)
      .post(`/api/v1/contests/${c.id}/entries`)
      .set(unverified.auth)
      .send(body)
      .expect(403);
    expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');

    const owner = await signIn(url, db);
    const closed = await contest({ status: ContestStatus.closed });
    const notOpen = await request(url)
      .post(`/api/v1/contests/${closed.id}/entries`)
      .set(owner.auth)
      .send(body);
    expect([notOpen.status, notOpen.body.code]).toEqual([409, 'CONTEST_NOT_OPEN']);
    const late = await contest({ submissionDeadline: new Date(Date.now() - 1000) });
    const tooLate = await request(url)
      .post(`/api/v1/contests/${late.id}/entries`)
      .set(owner.auth)
      .send(body);
    expect([tooLate.status, tooLate.body.code]).toEqual([409, 'DEADLINE_PASSED']);

    for (const field of ['status', 'code', 'ownerId', 'contestId', 'revision']) {
      const res = await request(url)
        .post(`/api/v1/contests/${c.id}/entries`)
        .set(owner.auth)
        .send({ ...body, [field]: 'submitted' });
      expect([field, res.status, res.body.code]).toEqual([field, 400, 'VALIDATION_FAILED']);
    }
    const { id } = await createReadyEntry(url, db, owner, c.id);
    const bad: Record<string, unknown>[] = [
      { status: 'submitted' },
      { ownerId: owner.id },
      { code: 'X-0001' },
      { problem: 'x'.repeat(10_001) },
      { title: '' },
      { title: null },
      { videoUrl: 'javascript:alert(1)' },
      { stage: 'unicorn' },
      { categoryKey: 'khong-co' },
      { fieldKey: 'khong-co' },
      { answers: { 'khong-co': 'x' } },
      { members: [{ fullName: 'A', email: owner.email, role: 'leader', isAdmin: true }] },
      { members: [{ fullName: 'A', email: 'other@example.vn', role: 'leader' }] },
      { members: [{ fullName: 'A', email: owner.email, role: 'member' }] },
      { businessRegisteredOn: '2024-02-30' },
    ];
    for (const change of bad) {
      const res = await request(url).patch(`/api/v1/entries/${id}`).set(owner.auth).send(change);
      expect([change, res.status, res.body.code]).toEqual([change, 400, 'VALIDATION_FAILED']);
    }
    const long = await request(url)
      .patch(`/api/v1/entries/${id}`)
      .set(owner.auth)
      .send({ problem: 'x'.repeat(10_000) })
      .expect(200);
    expect(long.body.revision).toBe(2);
  });

  it('answers 403 NOT_ELIGIBLE with coded reasons, and one entry per person', async () => {
    const c = await contest({ eligibility: { maxAge: 35, onePersonOneEntry: true } });
    const owner = await signIn(url, db);
    const { id } = await createReadyEntry(url, db, owner, c.id);
    await request(url)
      .patch(`/api/v1/entries/${id}`)
      .set(owner.auth)
      .send({
        members: [
          { fullName: 'Lan', email: owner.email, dateOfBirth: '2000-05-15', role: 'leader' },
          {
            fullName: 'Ông Ba',
            email: 'ong.ba@example.vn',
            dateOfBirth: '1960-01-01',
            role: 'member',
          },
        ],
      })
      .expect(200);
    const res = await request(url).post(`/api/v1/entries/${id}/submit`).set(owner.auth).expect(403);
    expect(res.body.code).toBe('NOT_ELIGIBLE');
    // Ông Ba has not confirmed yet either: the contest wants every member confirmed first.
    expect(res.body.details).toEqual([
      expect.objectContaining({ code: 'AGE_ABOVE_MAX', memberIndex: 1, limit: 35 }),
      expect.objectContaining({
        code: 'MEMBER_NOT_CONFIRMED',
        memberIndex: 1,
        requirement: 'before_submission',
      }),
    ]);

    // The leader is already on that entry: a second one in the same contest is refused at once.
    const second = await request(url)
      .post(`/api/v1/contests/${c.id}/entries`)
      .set(owner.auth)
      .send({ categoryKey: 'y-tuong', applicantType: 'team', title: 'Lần hai' })
      .expect(403);
    expect(second.body.details).toEqual([
      expect.objectContaining({ code: 'ALREADY_IN_ANOTHER_ENTRY', memberIndex: 0 }),
    ]);
    // Once the first is withdrawn, the person is free again.
    await request(url).post(`/api/v1/entries/${id}/withdraw`).set(owner.auth).expect(200);
    await request(url)
      .post(`/api/v1/contests/${c.id}/entries`)
      .set(owner.auth)
      .send({ categoryKey: 'y-tuong', applicantType: 'team', title: 'Lần hai' })
      .expect(201);
  });

  it('enforces the deadline by the server clock, one second either side, and the grace minutes', async () => {
    const c = await contest();
    const owner = await signIn(url, db);
    const entries = await Promise.all(
      [0, 1, 2, 3].map(() => createReadyEntry(url, db, owner, c.id)),
    );
    const submit = (id: string) =>
      request(url).post(`/api/v1/entries/${id}/submit`).set(owner.auth);

    // Datetime columns keep whole seconds: 2 s ahead is still at least 1 s ahead once stored.
    await setDeadline(c.id, 2000);
    await submit(entries[0].id).expect(200);
    await setDeadline(c.id, -1000);
    const late = await submit(entries[1].id).expect(409);
    expect(late.body.code).toBe('DEADLINE_PASSED');
    const lateEdit = await request(url)
      .patch(`/api/v1/entries/${entries[1].id}`)
      .set(owner.auth)
      .send({ title: 'Muộn' });
    expect([lateEdit.status, lateEdit.body.code]).toEqual([409, 'DEADLINE_PASSED']);
    const lateWithdraw = await request(url)
      .post(`/api/v1/entries/${entries[1].id}/withdraw`)
      .set(owner.auth);
    expect(lateWithdraw.body.code).toBe('DEADLINE_PASSED');

    // One minute of grace: a second before it ends is in time, a second after is not.
    await setDeadline(c.id, -60_000 + 2000, 1);
    await submit(entries[2].id).expect(200);
    await setDeadline(c.id, -61_000, 1);
    expect((await submit(entries[3].id).expect(409)).body.code).toBe('DEADLINE_PASSED');
  });

  it('stops every change of an entry once the organizers close the contest before its deadline', async () => {
    const c = await contest({ submissionDeadline: new Date(Date.now() + 7 * 86_400_000) });
    const question = await createQuestion(db, c, {
      key: 'nguon-tin',
      kind: QuestionKind.shortText,
    });
    const owner = await signIn(url, db);
    const submitted = await createReadyEntry(url, db, owner, c.id);
    const draft = await createReadyEntry(url, db, owner, c.id);
    await request(url).post(`/api/v1/entries/${submitted.id}/submit`).set(owner.auth).expect(200);
    const entryUrl = (id: string) => `/api/v1/entries/${id}`;
    const read = async (id: string) =>
      (await request(url).get(entryUrl(id)).set(owner.auth).expect(200)).body;
    const { attachments } = await read(draft.id);
    expect((await read(draft.id)).lockedBy).toBeNull();
    const team = [
      { fullName: 'Trưởng nhóm', email: owner.email, role: 'leader' },
      { fullName: 'Thành viên mới', email: `moi.${Date.now()}@gmail.com`, role: 'member' },
    ];
    /** Every kind of change a team makes, each answered on its own. */
    const changes = (id: string) => ({
      edit: () => request(url).patch(entryUrl(id)).set(owner.auth).send({ title: 'Sau khi đóng' }),
      team: () => request(url).patch(entryUrl(id)).set(owner.auth).send({ members: team }),
      answers: () =>
        request(url)
          .patch(entryUrl(id))
          .set(owner.auth)
          .send({ answers: { [question.key]: 'Bạn bè' } }),
      upload: () =>
        request(url)
          .post(`${entryUrl(id)}/attachments`)
          .set(owner.auth)
          .field('kind', 'other')
          .attach('file', minimalPdf(), { filename: 'them.pdf', contentType: 'application/pdf' }),
      removeFile: () =>
        request(url)
          .delete(`${entryUrl(id)}/attachments/${attachments[0].id}`)
          .set(owner.auth),
      submit: () =>
        request(url)
          .post(`${entryUrl(id)}/submit`)
          .set(owner.auth),
      withdraw: () =>
        request(url)
          .post(`${entryUrl(id)}/withdraw`)
          .set(owner.auth),
    });
    const before = [await read(draft.id), await read(submitted.id)];

    for (const status of [ContestStatus.closed, ContestStatus.judging]) {
      await db.manager.update(Contest, { id: c.id }, { status });
      for (const id of [draft.id, submitted.id])
        for (const [kind, change] of Object.entries(changes(id))) {
          // The submitted entry's submit is a replay of its unchanged submission (no change,
          // the same receipt): the draft shows the refusal of a real one.
          if ((kind === 'removeFile' || kind === 'submit') && id !== draft.id) continue;
          const res = await change();
          expect([status, kind, res.status, res.body.code]).toEqual([
            status,
            kind,
            409,
            'CONTEST_NOT_OPEN',
          ]);
        }
      const after = [await read(draft.id), await read(submitted.id)];
      expect(after.map((e) => e.lockedBy)).toEqual(['CONTEST_NOT_OPEN', 'CONTEST_NOT_OPEN']);
      expect(after.map(({ lockedBy: _, ...rest }) => rest)).toEqual(
        before.map(({ lockedBy: _, ...rest }) => rest),
      );
      const mine = (await request(url).get('/api/v1/me/entries').set(owner.auth).expect(200)).body;
      expect(mine.map((e: { lockedBy: string }) => e.lockedBy)).toEqual([
        'CONTEST_NOT_OPEN',
        'CONTEST_NOT_OPEN',
      ]);
    }

    // Reopened (closed -> open) before the deadline: the team may act again.
    await db.manager.update(Contest, { id: c.id }, { status: ContestStatus.open });
    expect((await changes(draft.id).edit()).status).toBe(200);
    expect((await changes(submitted.id).withdraw()).status).toBe(200);
  });

  it('lets the team reopen a withdrawn entry as a draft until the contest stops taking changes', async () => {
    const c = await contest();
    const owner = await signIn(url, db);
    const stranger = await signIn(url, db);
    const { id } = await createReadyEntry(url, db, owner, c.id);
    const reopen = (who = owner) => request(url).post(`/api/v1/entries/${id}/reopen`).set(who.auth);
    const draftRefused = await reopen();
    expect([draftRefused.status, draftRefused.body.code]).toEqual([409, 'ENTRY_LOCKED']);
    await request(url).post(`/api/v1/entries/${id}/submit`).set(owner.auth).expect(200);
    await request(url).post(`/api/v1/entries/${id}/withdraw`).set(owner.auth).expect(200);
    expect((await request(url).get(`/api/v1/entries/${id}`).set(owner.auth)).body.reopenable).toBe(
      true,
    );
    expect((await reopen(stranger)).status).toBe(404);

    await db.manager.update(Contest, { id: c.id }, { status: ContestStatus.closed });
    const closed = await reopen();
    expect([closed.status, closed.body.code]).toEqual([409, 'CONTEST_NOT_OPEN']);
    expect((await request(url).get(`/api/v1/entries/${id}`).set(owner.auth)).body.reopenable).toBe(
      false,
    );
    await db.manager.update(Contest, { id: c.id }, { status: ContestStatus.open });

    const reopened = await reopen().expect(200);
    expect(reopened.body).toMatchObject({ status: 'draft', withdrawnAt: null });
    const entry = (await request(url).get(`/api/v1/entries/${id}`).set(owner.auth)).body;
    expect([entry.status, entry.reopenable, entry.lockedBy]).toEqual(['draft', false, null]);
    await request(url).post(`/api/v1/entries/${id}/submit`).set(owner.auth).expect(200);
    await request(url).post(`/api/v1/entries/${id}/withdraw`).set(owner.auth).expect(200);

    await db.manager.update(
      Contest,
      { id: c.id },
      { submissionDeadline: new Date(Date.now() - 3_600_000), graceMinutes: 0 },
    );
    const late = await reopen();
    expect([late.status, late.body.code]).toEqual([409, 'DEADLINE_PASSED']);
  });

  it('hides one team`s entry from another (404 on read, edit, submit, withdraw); judges cannot write', async () => {
    const c = await contest();
    const owner = await signIn(url, db);
    const other = await signIn(url, db);
    const judge = await signIn(url, db, { role: Role.judge });
    const organizer = await signIn(url, db, { role: Role.organizer });
    const { id } = await createReadyEntry(url, db, owner, c.id);

    const attempts = (who: SignedInUser) => [
      request(url).get(`/api/v1/entries/${id}`).set(who.auth),
      request(url).patch(`/api/v1/entries/${id}`).set(who.auth).send({ title: 'Chiếm' }),
      request(url).post(`/api/v1/entries/${id}/submit`).set(who.auth),
      request(url).post(`/api/v1/entries/${id}/withdraw`).set(who.auth),
    ];
    for (const res of await Promise.all(attempts(other))) {
      expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
    }
    const judged = await Promise.all(attempts(judge));
    expect(judged.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    const read = await request(url).get(`/api/v1/entries/${id}`).set(organizer.auth).expect(200);
    expect(read.body.title).not.toBe('Chiếm');
    await request(url)
      .patch(`/api/v1/entries/${id}`)
      .set(organizer.auth)
      .send({ title: 'x' })
      .expect(403);
    expect((await request(url).get('/api/v1/me/entries').set(other.auth).expect(200)).body).toEqual(
      [],
    );

    await request(url).post(`/api/v1/entries/${id}/withdraw`).set(owner.auth).expect(200);
    const locked = await request(url)
      .patch(`/api/v1/entries/${id}`)
      .set(owner.auth)
      .send({ title: 'Sau khi rút' });
    expect([locked.status, locked.body.code]).toEqual([409, 'ENTRY_LOCKED']);
  });

  it('turns twenty concurrent submits of one entry into one snapshot and one receipt', async () => {
    const c = await contest();
    const owner = await signIn(url, db);
    const { id } = await createReadyEntry(url, db, owner, c.id);
    const calls = Array.from({ length: 20 }, (_, i) => {
      const call = request(url).post(`/api/v1/entries/${id}/submit`).set(owner.auth);
      return i % 2 === 0 ? call.set('Idempotency-Key', 'double-click-1') : call;
    });
    const results = await Promise.all(calls);
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(await db.manager.count(EntrySnapshot, { where: { entryId: id } })).toBe(1);
    expect(await receiptRows(id)).toHaveLength(1);
    await waitFor(async () => receipts(owner.email).length >= 1, 'the receipt');

    // The same key after an edit still gets the first answer; a new key does the new work.
    await request(url)
      .patch(`/api/v1/entries/${id}`)
      .set(owner.auth)
      .send({ summary: 'Mới' })
      .expect(200);
    const replay = await request(url)
      .post(`/api/v1/entries/${id}/submit`)
      .set(owner.auth)
      .set('Idempotency-Key', 'double-click-1')
      .expect(200);
    expect(replay.body.revision).toBe(1);
    const fresh = await request(url)
      .post(`/api/v1/entries/${id}/submit`)
      .set(owner.auth)
      .set('Idempotency-Key', 'double-click-2')
      .expect(200);
    expect(fresh.body.revision).toBe(2);
    expect(await receiptRows(id)).toHaveLength(2);
    // The second receipt was written after the first was delivered: once both rows are
    // sent, a duplicate of the first would have arrived before the second.
    await waitFor(
      async () => (await receiptRows(id)).every((row) => row.status === 'sent'),
      'both receipts to be sent',
    );
    await waitFor(async () => receipts(owner.email).length >= 2, 'the second receipt');
    expect(receipts(owner.email)).toHaveLength(2);
  });
});
