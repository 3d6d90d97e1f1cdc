import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { Round } from '@app/contests/rounds/round.entity';
import { Entry } from '@app/entries/entries/entry.entity';
import { EntrySnapshot } from '@app/entries/snapshots/entry-snapshot.entity';
import { Assignment } from '@app/judging/assignment/assignment.entity';
import {
  ConflictOfInterest,
  ConflictSource,
  ConflictSubject,
} from '@app/judging/conflicts/conflict-of-interest.entity';
import { Score } from '@app/judging/scoring/score.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, Profile, testEnvironment } from '../support/environment';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { IDENTIFYING, identifiedPdf } from '../support/identified-pdf';
import { scoringScenario, setJudgingWindow, signInWith } from '../support/judging-factory-scoring';
import { csrfOf } from '../support/page-forms';

const HOUR_MS = 3_600_000;
const SCAN_MS = 200;
const FULL = { 'doi-moi': 32, 'kha-thi': 24.5, 'doi-ngu': 20 };
const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

/**
 * The judges' scoring: queue, the entry as a judge may see it (blind contests), the score
 * with its optimistic version, the window, the visibility of other judges' scores and the
 * reminders before the round closes.
 */
describe.each(PROFILES)('scoring (%s)', (profile: Profile) => {
  let portal: RunningPortal;
  const others: RunningProcess[] = [];
  let db: DataSource;
  let env: Record<string, string>;

  const api = () => request(portal.url);
  const scenario = (input: Parameters<typeof scoringScenario>[3] = {}) =>
    scoringScenario(portal.url, db, env, input);
  const assignmentUrl = (id: string) => `/api/v1/judging/assignments/${id}`;

  beforeAll(async () => {
    env = await testEnvironment(profile, { REMINDER_SCAN_MS: String(SCAN_MS) });
    portal = await startPortal(env);
    db = await openDatabase(env);
    if (profile === 'production') others.push(spawnApp('worker', env));
  });

  afterAll(async () => {
    await Promise.all([portal?.stop(), ...others.map((proc) => proc.stop())]);
    await db?.destroy();
  });

  it('lists only the judge’s own assignments with progress and the next one', async () => {
    const s = await scenario({ judges: 2, entries: 2 });
    const [judge, other] = s.judges;
    await api()
      .put(`${assignmentUrl(s.assignment(0, 0).id)}/score`)
      .set(judge.auth)
      .send({ scores: FULL, submit: true })
      .expect(200);

    const queue = await api().get('/api/v1/judging/queue').set(judge.auth).expect(200);
    expect(queue.body.progress).toEqual({ scored: 1, total: 2 });
    expect(queue.body.items).toHaveLength(2);
    expect(queue.body.next.assignmentId).toBe(s.assignment(0, 1).id);
    expect(queue.body.rounds).toEqual([
      expect.objectContaining({
        id: s.round.id,
        progress: { scored: 1, total: 2 },
        window: 'open',
      }),
    ]);
    const item = queue.body.items.find(
      (i: { assignmentId: string }) => i.assignmentId === s.assignment(0, 1).id,
    );
    expect(item).toMatchObject({
      status: 'assigned',
      entry: { code: s.entries[1].code, title: s.entries[1].title, categoryKey: 'y-tuong' },
    });
    expect(item.dueAt).toMatch(/\+07:00$/);
    expect(item.roundClosesAt).toMatch(/\+07:00$/);
    // The title is the submitted version's (the snapshot), not a later edit of the entry row.
    await db.manager.update(Entry, { id: s.entries[1].id }, { title: 'Sửa sau hạn chót' });
    const frozen = await api().get('/api/v1/judging/queue').set(judge.auth).expect(200);
    expect(
      frozen.body.items.find(
        (i: { assignmentId: string }) => i.assignmentId === s.assignment(0, 1).id,
      ).entry.title,
    ).toBe(s.entries[1].title);
    // A resubmission froze a newer version: the queue and the scoring page both show it.
    const entryId = s.entries[1].id;
    const first = await db.manager.findOneByOrFail(EntrySnapshot, { entryId });
    const revision = first.revision + 1;
    await db.manager.insert(EntrySnapshot, {
      entryId,
      revision,
      content: { ...first.content, title: 'Bản nộp lại' },
    });
    await db.manager.update(Entry, { id: entryId }, { revision, submittedRevision: revision });
    const resubmitted = await api().get('/api/v1/judging/queue').set(judge.auth).expect(200);
    expect(
      resubmitted.body.items.find(
        (i: { assignmentId: string }) => i.assignmentId === s.assignment(0, 1).id,
      ).entry.title,
    ).toBe('Bản nộp lại');
    const view = await api()
      .get(assignmentUrl(s.assignment(0, 1).id))
      .set(judge.auth)
      .expect(200);
    expect(view.body.entry.title).toBe('Bản nộp lại');
    const ids = JSON.stringify(queue.body);
    expect(ids).not.toContain(s.assignment(1, 0).id);

    const theirs = await api().get('/api/v1/judging/queue').set(other.auth).expect(200);
    expect(theirs.body.progress).toEqual({ scored: 0, total: 2 });
    expect(
      await db.manager.findOneByOrFail(Assignment, { id: s.assignment(0, 0).id }),
    ).toMatchObject({
      status: 'scored',
    });
  });

  it('shows a blind contest’s entry without any team identity, in the JSON and the file name', async () => {
    const s = await scenario({ blind: true });
    const [judge] = s.judges;
    const id = s.assignment(0, 0).id;
    const res = await api().get(assignmentUrl(id)).set(judge.auth).expect(200);
    const raw = JSON.stringify(res.body);
    for (const identity of s.identities)
      expect([identity, raw.includes(identity)]).toEqual([identity, false]);
    expect(res.body.blind).toBe(true);
    expect(res.body.entry.team).toBeNull();
    expect(res.body.entry.problem).toContain('Nông dân');
    // Free-text answers may name the school: withheld; choice answers stay.
    expect(res.body.entry.answers).toEqual({ 'co-khach-hang': 'Có' });
    expect(
      res.body.rubric.map((c: { key: string; maxScore: number }) => [c.key, c.maxScore]),
    ).toEqual([
      ['doi-moi', 40],
      ['kha-thi', 30],
      ['doi-ngu', 30],
    ]);
    const [file] = res.body.entry.attachments;
    expect(file.fileName).toBe(`${s.entries[0].code}-pitch-deck.pdf`);

    // Links in the text and the video address are withheld like free-text answers.
    expect(res.body.entry.videoUrl).toBeNull();
    expect(res.body.entry.solution).toBe('Máy sấy giá rẻ. Xem […] hoặc viết cho […].');

    const download = await api()
      .get(file.downloadUrl)
      .set(judge.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(download.headers['content-disposition']).toContain(
      `${s.entries[0].code}-pitch-deck.pdf`,
    );
    for (const identity of s.identities)
      expect(decodeURIComponent(download.headers['content-disposition'])).not.toContain(identity);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toBe('no-store');
    // The PDF lost its author, title, creator and XMP: not a trace left in the bytes.
    const served = download.body as Buffer;
    expect(Number(download.headers['content-length'])).toBe(served.length);
    const bytes = served.toString('latin1');
    for (const text of Object.values(IDENTIFYING))
      expect([text, bytes.includes(text)]).toEqual([text, false]);
    expect(bytes).not.toMatch(/\/Author|\/Metadata|x:xmpmeta/);
    expect((await PDFDocument.load(served)).getPageCount()).toBe(2);

    const queue = await api().get('/api/v1/judging/queue').set(judge.auth).expect(200);
    for (const identity of s.identities) expect(JSON.stringify(queue.body)).not.toContain(identity);
  });

  it('renders the queue and the scoring page of a blind entry without identities, and saves from the form', async () => {
    const s = await scenario({ blind: true, entries: 2 });
    const agent = request.agent(portal.url);
    agent.set('cookie', await webSessionCookie(db, s.judges[0].id));
    const id = s.assignment(0, 0).id;

    // The judge's home says how much is waiting, and the menu leads to the queue.
    const home = await agent.get('/home').expect(200);
    expect(home.text).toContain('còn 2/2 bài dự thi cần chấm');
    expect(home.text).not.toContain('Hiện chưa có bài dự thi nào được phân công cho bạn.');
    for (const link of ['/judging/queue', '/judging/invitations', '/judging/conflicts'])
      expect(home.text).toContain(`<a href="${link}">`);

    const queue = await agent.get('/judging/queue').expect(200);
    expect(queue.text).toContain(`/judging/assignments/${id}`);
    expect(queue.text).toContain('<progress');
    const page = await agent.get(`/judging/assignments/${id}`).expect(200);
    for (const html of [queue.text, page.text])
      for (const identity of s.identities)
        expect([identity, html.includes(identity)]).toEqual([identity, false]);
    expect(page.text).toContain(`${s.entries[0].code}-pitch-deck.pdf`);
    expect(page.text).toContain('<strong>Nông dân</strong>');
    expect(page.text).toMatch(/name="score__doi-moi" type="number" min="0" max="40"/);

    const invalid = await agent
      .post(`/judging/assignments/${id}`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), action: 'submit', version: '', 'score__doi-moi': '45' });
    expect(invalid.status).toBe(400);
    const saved = await agent
      .post(`/judging/assignments/${id}`)
      .type('form')
      .send({
        _csrf: csrfOf(page.text),
        action: 'draft',
        version: '',
        'score__doi-moi': '30,5',
        commentForTeam: 'Tốt',
      });
    expect([saved.status, saved.headers.location]).toEqual([
      303,
      `/judging/assignments/${id}?saved=1`,
    ]);
    const stored = await db.manager.findOneByOrFail(Score, { assignmentId: id });
    expect(stored).toMatchObject({
      values: { 'doi-moi': 30.5 },
      commentForTeam: 'Tốt',
      status: 'draft',
    });
  });

  it('gives the score sheet what its running weighted total needs, and the saved total written the reader’s way', async () => {
    const s = await scenario();
    // Weights 2, 1, 1 on 40, 30, 30: the weighted maximum 140 maps to a scale of 100.
    await db.manager.update(
      Round,
      { id: s.round.id },
      {
        criteria: s.round.criteria.map((c, i) => ({ ...c, weight: i === 0 ? 2 : 1 })),
      },
    );
    const id = s.assignment(0, 0).id;
    await api()
      .put(`${assignmentUrl(id)}/score`)
      .set(s.judges[0].auth)
      .send({ scores: { 'doi-moi': 30, 'kha-thi': 20, 'doi-ngu': 10 } })
      .expect(200);
    const cookie = await webSessionCookie(db, s.judges[0].id);
    const sheet = (lang: string) =>
      api().get(`/judging/assignments/${id}`).set('cookie', `${cookie}; lang=${lang}`).expect(200);

    const vi = await sheet('vi');
    expect(vi.text).toMatch(/name="score__doi-moi"[^>]* data-weight="2" data-max="40"/);
    expect(vi.text).toMatch(/name="score__kha-thi"[^>]* data-weight="1" data-max="30"/);
    // (2 x 30 + 20 + 10) / 140 x 100 = 64.2857...
    expect(vi.text).toMatch(
      /<output id="running-total" data-running-total data-scale="100" aria-live="polite"[^>]*>64,29<\/output> \/ 100/,
    );
    expect(vi.text).toContain('Tổng điểm đã lưu (có trọng số): 64,29 / 100 · bản nháp');
    expect((await sheet('en')).text).toContain('Saved total (weighted): 64.29 / 100 · draft');
    // The script is a served file (the CSP allows no inline script).
    expect(vi.text).toContain('<script src="/static/score-total.js" defer></script>');
    expect(vi.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const script = await api().get('/static/score-total.js').expect(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
  });

  it('shows the team when judging is not blind, but never contact data', async () => {
    const s = await scenario({ blind: false });
    const res = await api()
      .get(assignmentUrl(s.assignment(0, 0).id))
      .set(s.judges[0].auth)
      .expect(200);
    expect(res.body.entry.team.teamName).toBe(s.entries[0].teamName);
    expect(res.body.entry.videoUrl).toMatch(/^https:\/\/video\.example\.vn\//);
    expect(JSON.stringify(res.body)).not.toMatch(/@gmail\.com|@yahoo\.com/);
    // Not blind: the file is served as the team sent it.
    const file = await api()
      .get(res.body.entry.attachments[0].downloadUrl)
      .set(s.judges[0].auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((file.body as Buffer).toString('latin1')).toContain(IDENTIFYING.author);
  });

  it('refuses with PDF_NOT_ANONYMISABLE, rather than serve it, an encrypted PDF to a blind judge', async () => {
    const s = await scenario({ blind: true });
    const stored = s.attachmentOf(0);
    writeFileSync(
      join(env.STORAGE_DIR ?? join(env.VAR_DIR, 'uploads'), stored.storageKey),
      await identifiedPdf({ encrypted: true }),
    );
    const url = `${assignmentUrl(s.assignment(0, 0).id)}/files/${stored.id}`;
    const refused = await api().get(url).set(s.judges[0].auth).expect(422);
    expect(refused.body.code).toBe('PDF_NOT_ANONYMISABLE');
    const page = await request
      .agent(portal.url)
      .set('cookie', await webSessionCookie(db, s.judges[0].id))
      .get(`/judging/assignments/${s.assignment(0, 0).id}/files/${stored.id}`);
    expect(page.status).toBe(400);
    expect(page.text).toContain('không xóa được tên tác giả');
  });

  it('answers 404 to a judge not assigned, and to a conflicted one, for the entry and its files', async () => {
    const s = await scenario({ judges: 2 });
    const [judge, conflicted] = s.judges;
    const stranger = await signInWith(portal.url, db, {
      role: Role.judge,
      email: `la.${Date.now()}@gmail.com`,
      fullName: 'Giám khảo ngoài',
    });
    const id = s.assignment(0, 0).id;
    await api().get(assignmentUrl(id)).set(stranger.auth).expect(404);
    await api().get(assignmentUrl(id)).set(s.judges[1].auth).expect(404);
    await api()
      .put(`${assignmentUrl(id)}/score`)
      .set(stranger.auth)
      .send({ scores: {} })
      .expect(404);

    await db.manager.insert(ConflictOfInterest, {
      contestId: s.contest.id,
      judgeUserId: conflicted.id,
      subject: ConflictSubject.entry,
      value: s.entries[0].id,
      source: ConflictSource.recorded,
      reason: 'Người thân của trưởng nhóm',
      createdBy: judge.id,
    });
    const theirs = s.assignment(1, 0).id;
    const file = `${assignmentUrl(theirs)}/files/${s.attachmentOf(0).id}`;
    for (const res of [
      await api().get(assignmentUrl(theirs)).set(conflicted.auth),
      await api().get(file).set(conflicted.auth),
      await api()
        .put(`${assignmentUrl(theirs)}/score`)
        .set(conflicted.auth)
        .send({ scores: FULL }),
    ])
      expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
    const queue = await api().get('/api/v1/judging/queue').set(conflicted.auth).expect(200);
    expect(queue.body.progress).toEqual({ scored: 0, total: 0 });

    // The judge's own organisation is read with each request: once their profile names the
    // entry's, the entry leaves their queue at the next read, and its page answers 404.
    const mine = await api().get('/api/v1/judging/queue').set(judge.auth).expect(200);
    expect(mine.body.progress).toEqual({ scored: 0, total: 1 });
    await db.manager.update(User, { id: judge.id }, { organization: s.entries[0].organization });
    const hidden = await api().get('/api/v1/judging/queue').set(judge.auth).expect(200);
    expect(hidden.body.progress).toEqual({ scored: 0, total: 0 });
    await api().get(assignmentUrl(id)).set(judge.auth).expect(404);
  });

  it('refuses points out of range, missing criteria on submit and unknown keys, per criterion', async () => {
    const s = await scenario();
    const url = `${assignmentUrl(s.assignment(0, 0).id)}/score`;
    const fieldsOf = async (body: Record<string, unknown>) => {
      const res = await api().put(url).set(s.judges[0].auth).send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      return res.body.details.map((d: { field: string }) => d.field).sort();
    };
    expect(await fieldsOf({ scores: { 'doi-moi': 41, 'kha-thi': -1 } })).toEqual([
      'scores.doi-moi',
      'scores.kha-thi',
    ]);
    expect(await fieldsOf({ scores: { 'doi-moi': 12 }, submit: true })).toEqual([
      'scores.doi-ngu',
      'scores.kha-thi',
    ]);
    expect(await fieldsOf({ scores: { bonus: 3 } })).toEqual(['scores.bonus']);
    expect(await fieldsOf({ scores: { 'doi-moi': '12' } })).toEqual(['scores.doi-moi']);
    expect(await fieldsOf({ scores: { 'doi-moi': 12.25 } })).toEqual(['scores.doi-moi']);
    await api().put(url).set(s.judges[0].auth).send({ scores: {}, extra: 1 }).expect(400);
    expect(await db.manager.countBy(Score, { assignmentId: s.assignment(0, 0).id })).toBe(0);

    const draft = await api()
      .put(url)
      .set(s.judges[0].auth)
      .send({ scores: { 'doi-moi': 12.5 } })
      .expect(200);
    expect(draft.body).toMatchObject({ status: 'draft', version: 1, total: 12.5 });
  });

  it('gives one 200 and one 409 STALE_VERSION to two tabs saving from the same version', async () => {
    const s = await scenario();
    const url = `${assignmentUrl(s.assignment(0, 0).id)}/score`;
    const auth = s.judges[0].auth;
    const first = await api()
      .put(url)
      .set(auth)
      .send({ scores: { 'doi-moi': 10 } })
      .expect(200);
    const version = first.body.version as number;
    const results = await Promise.all([
      api()
        .put(url)
        .set(auth)
        .send({ scores: { 'doi-moi': 11 }, version }),
      api()
        .put(url)
        .set(auth)
        .send({ scores: { 'doi-moi': 12 }, version }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('STALE_VERSION');
    const winner = results.find((r) => r.status === 200)!.body;
    const stored = await db.manager.findOneByOrFail(Score, { assignmentId: s.assignment(0, 0).id });
    expect(stored.version).toBe(version + 1);
    expect(stored.values).toEqual(winner.scores);
    // A save without the version, once a score exists, does not silently win either.
    const blind = await api()
      .put(url)
      .set(auth)
      .send({ scores: { 'doi-moi': 1 } })
      .expect(409);
    expect(blind.body.code).toBe('STALE_VERSION');
    // The first score locked the rubric.
    expect(
      (await db.manager.findOneByOrFail(Round, { id: s.round.id })).rubricLockedAt,
    ).not.toBeNull();
  });

  it('allows undo until the window closes, then answers 409 JUDGING_CLOSED (and JUDGING_NOT_OPEN before)', async () => {
    const s = await scenario();
    const url = `${assignmentUrl(s.assignment(0, 0).id)}/score`;
    const auth = s.judges[0].auth;
    const submitted = await api()
      .put(url)
      .set(auth)
      .send({ scores: FULL, submit: true })
      .expect(200);
    expect(submitted.body.status).toBe('submitted');
    const audit = await db.manager.findBy(AuditLog, { subjectId: submitted.body.id });
    expect(audit.map((a) => a.action)).toEqual(['score.submitted']);
    const undone = await api()
      .put(url)
      .set(auth)
      .send({
        scores: FULL,
        version: submitted.body.version,
        commentForTeam: 'Cần làm rõ thị trường.',
      })
      .expect(200);
    expect(undone.body).toMatchObject({
      status: 'draft',
      commentForTeam: 'Cần làm rõ thị trường.',
    });

    await setJudgingWindow(db, s.round, { judgingClosesAt: new Date(Date.now() - 1000) });
    const closed = await api()
      .put(url)
      .set(auth)
      .send({ scores: FULL, version: undone.body.version, submit: true });
    expect([closed.status, closed.body.code]).toEqual([409, 'JUDGING_CLOSED']);
    const view = await api()
      .get(assignmentUrl(s.assignment(0, 0).id))
      .set(auth)
      .expect(200);
    expect(view.body).toMatchObject({ readOnly: true, round: { window: 'closed' } });
    // The page says why the sheet is read-only, and when the window was.
    const agent = request.agent(portal.url);
    agent.set('cookie', await webSessionCookie(db, s.judges[0].id));
    const pagePath = `/judging/assignments/${s.assignment(0, 0).id}`;
    const closedPage = await agent.get(pagePath).expect(200);
    expect(closedPage.text).toMatch(
      /Thời gian chấm của vòng đã kết thúc lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/,
    );

    await setJudgingWindow(db, s.round, {
      judgingOpensAt: new Date(Date.now() + HOUR_MS),
      judgingClosesAt: new Date(Date.now() + 2 * HOUR_MS),
    });
    const early = await api()
      .put(url)
      .set(auth)
      .send({ scores: FULL, version: undone.body.version });
    expect([early.status, early.body.code]).toEqual([409, 'JUDGING_NOT_OPEN']);
    const earlyPage = await agent.get(pagePath).expect(200);
    expect(earlyPage.text).toMatch(
      /Vòng chưa mở chấm: thời gian chấm từ lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/,
    );
  });

  it('never shows another judge’s scores by default', async () => {
    const s = await scenario({ judges: 2 });
    const [a, b] = s.judges;
    await api()
      .put(`${assignmentUrl(s.assignment(0, 0).id)}/score`)
      .set(a.auth)
      .send({ scores: FULL, submit: true })
      .expect(200);
    await api()
      .put(`${assignmentUrl(s.assignment(1, 0).id)}/score`)
      .set(b.auth)
      .send({ scores: FULL, submit: true })
      .expect(200);
    const view = await api()
      .get(assignmentUrl(s.assignment(1, 0).id))
      .set(b.auth)
      .expect(200);
    expect(view.body.otherScores).toBeNull();
    expect(JSON.stringify(view.body)).not.toContain(a.id);
  });

  it('shows the others’ scores anonymised, only after submitting, when the round allows it', async () => {
    const s = await scenario({ judges: 3, visibility: { judgesSeeOthersAfterSubmitting: true } });
    const [a, b, c] = s.judges;
    await api()
      .put(`${assignmentUrl(s.assignment(0, 0).id)}/score`)
      .set(a.auth)
      .send({ scores: FULL, submit: true })
      .expect(200);
    await api()
      .put(`${assignmentUrl(s.assignment(2, 0).id)}/score`)
      .set(c.auth)
      .send({ scores: { 'doi-moi': 5 } })
      .expect(200);
    const before = await api()
      .get(assignmentUrl(s.assignment(1, 0).id))
      .set(b.auth)
      .expect(200);
    expect(before.body.otherScores).toBeNull();

    await api()
      .put(`${assignmentUrl(s.assignment(1, 0).id)}/score`)
      .set(b.auth)
      .send({ scores: FULL, submit: true })
      .expect(200);
    const after = await api()
      .get(assignmentUrl(s.assignment(1, 0).id))
      .set(b.auth)
      .expect(200);
    expect(after.body.otherScores).toEqual([{ judgeNumber: 1, scores: FULL, total: 76.5 }]);
    const raw = JSON.stringify(after.body);
    for (const secret of [a.id, a.email, a.fullName, c.id, c.email])
      expect(raw).not.toContain(secret);
  });

  it('frees the assignment when the judge declares a conflict, deleting the draft, and reassigns the entry', async () => {
    const s = await scenario({ judges: 2, assignedJudges: 1 });
    const [judge, spare] = s.judges;
    const id = s.assignment(0, 0).id;
    await api()
      .put(`${assignmentUrl(id)}/score`)
      .set(judge.auth)
      .send({ scores: { 'doi-moi': 3 } })
      .expect(200);
    await api()
      .post(`${assignmentUrl(id)}/conflict`)
      .set(judge.auth)
      .send({})
      .expect(400);
    const res = await api()
      .post(`${assignmentUrl(id)}/conflict`)
      .set(judge.auth)
      .send({ reason: 'Tôi là cố vấn của nhóm.' })
      .expect(200);
    expect(res.body).toEqual({ released: true });
    expect(await db.manager.countBy(Score, { assignmentId: id })).toBe(0);
    expect((await db.manager.findOneByOrFail(Assignment, { id })).status).toBe('released');
    expect(
      await db.manager.countBy(ConflictOfInterest, {
        judgeUserId: judge.id,
        value: s.entries[0].id,
      }),
    ).toBe(1);
    await api().get(assignmentUrl(id)).set(judge.auth).expect(404);
    const queue = await api().get('/api/v1/judging/queue').set(judge.auth).expect(200);
    expect(queue.body.items).toEqual([]);
    const theirs = await api().get('/api/v1/judging/queue').set(spare.auth).expect(200);
    expect(theirs.body.items.map((i: { entry: { code: string } }) => i.entry.code)).toEqual([
      s.entries[0].code,
    ]);
  });

  it('shows the team nothing of its judges or their scores on the applicant routes', async () => {
    const s = await scenario({ judges: 2 });
    for (const [j, judge] of s.judges.entries())
      await api()
        .put(`${assignmentUrl(s.assignment(j, 0).id)}/score`)
        .set(judge.auth)
        .send({
          scores: FULL,
          commentForTeam: 'Nhận xét riêng',
          noteForOrganizers: 'Ghi chú',
          submit: true,
        })
        .expect(200);
    const owner = await db.manager.findOneByOrFail(User, { id: s.entries[0].ownerId });
    const login = await api()
      .post('/api/v1/auth/login')
      .send({ email: owner.email, password: FACTORY_PASSWORD })
      .expect(200);
    const auth = { authorization: `Bearer ${login.body.accessToken as string}` };
    const raw = [
      (await api().get(`/api/v1/entries/${s.entries[0].id}`).set(auth).expect(200)).text,
      (await api().get('/api/v1/me/entries').set(auth).expect(200)).text,
    ].join('\n');
    for (const secret of [
      ...s.judges.flatMap((j) => [j.id, j.email, j.fullName]),
      'Nhận xét riêng',
      'Ghi chú',
      '"scores"',
    ])
      expect([secret, raw.includes(secret)]).toEqual([secret, false]);
  });

  it('keeps a judge off the applicant write routes of an assigned entry', async () => {
    const s = await scenario();
    const entryId = s.entries[0].id;
    for (const res of [
      await api()
        .patch(`/api/v1/entries/${entryId}`)
        .set(s.judges[0].auth)
        .send({ title: 'Đổi tên' }),
      await api().post(`/api/v1/entries/${entryId}/submit`).set(s.judges[0].auth),
      await api().post(`/api/v1/entries/${entryId}/withdraw`).set(s.judges[0].auth),
      await api().get(`/api/v1/entries/${entryId}`).set(s.judges[0].auth),
    ])
      expect([403, 404]).toContain(res.status);
  });

  it('reminds each judge with unscored work once before the round closes', async () => {
    // The round closes far away while the second judge finishes; only then does it come
    // within 48 hours, so no scan can see that judge's work half done.
    const s = await scenario({
      judges: 2,
      entries: 2,
      judgingClosesAt: new Date(Date.now() + 30 * 24 * HOUR_MS),
    });
    const [busy, done] = s.judges;
    for (const e of [0, 1])
      await api()
        .put(`${assignmentUrl(s.assignment(1, e).id)}/score`)
        .set(done.auth)
        .send({ scores: FULL, submit: true })
        .expect(200);
    await db.manager.update(
      Round,
      { id: s.round.id },
      { judgingClosesAt: new Date(Date.now() + 30 * HOUR_MS) },
    );

    const key = `judging-reminder:48h:${s.round.id}:${busy.id}`;
    await waitFor(
      async () => (await db.manager.countBy(Notification, { dedupeKey: key })) === 1,
      'the reminder',
      15000,
    );
    // The judge who finished must get nothing, also from later scans: a round added now
    // is reminded only by a scan that starts later, and every scan reads every round.
    const probe = await scenario({
      judges: 1,
      entries: 1,
      judgingClosesAt: new Date(Date.now() + 30 * HOUR_MS),
    });
    const probeKey = `judging-reminder:48h:${probe.round.id}:${probe.judges[0].id}`;
    await waitFor(
      async () => (await db.manager.countBy(Notification, { dedupeKey: probeKey })) === 1,
      'a scan after the probe',
      15000,
    );
    const rows = await db.manager.findBy(Notification, { template: 'judging-reminder' });
    const ours = rows.filter((row) => row.dedupeKey.includes(s.round.id));
    expect(ours.map((row) => row.recipientEmail)).toEqual([busy.email]);
    expect(ours[0].data).toMatchObject({ unscored: '2' });
    for (const identity of s.identities)
      expect(JSON.stringify(ours[0].data)).not.toContain(identity);
    // The template renders and the mail goes out.
    await waitFor(
      async () =>
        (await db.manager.findOneByOrFail(Notification, { dedupeKey: key })).status === 'sent',
      'the reminder to be sent',
    );
  });
});
