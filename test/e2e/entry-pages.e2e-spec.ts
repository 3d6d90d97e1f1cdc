import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { Contest, ContestStatus } from '@app/contests/contests/contest.entity';
import { Attachment } from '@app/entries/attachments/attachment.entity';
import { Entry } from '@app/entries/entries/entry.entity';
import { createContest, ContestFixture, createQuestion } from '../support/contest-factory';
import { openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { csrfOf, signedInApplicant } from '../support/page-forms';

const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>';

/** No markup of a payload survives: neither the tag nor an event handler attribute. */
const expectInert = (html: string) => {
  expect(html).not.toContain('<script>alert');
  expect(html).not.toMatch(/<img[^>]*onerror/i);
  expect(html).not.toMatch(/href="javascript:/i);
};

/** GETs the form page, then posts it with its CSRF token (cookies kept by the agent). */
async function postForm(agent: TestAgent, formPath: string, action: string, fields: object) {
  const page = await agent.get(formPath);
  expect([page.status, page.text.slice(0, 0)]).toEqual([200, '']);
  return agent
    .post(action)
    .type('form')
    .send({ _csrf: csrfOf(page.text), ...fields });
}

/** The address of the entry a successful "new entry" form redirected to. */
function createdEntryPath(res: { status: number; headers: Record<string, unknown> }): string {
  expect(res.status).toBe(303);
  const location = res.headers.location as string;
  expect(location).toMatch(/^\/entries\/[0-9a-f-]{36}\/edit\?created=1$/);
  return location.replace(/\/edit\?.*$/, '');
}

describe.each(PROFILES)('contest and entry pages (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let contest: ContestFixture;

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    contest = await createContest(db, {
      nameVi: `Cuộc thi ${XSS}`,
      descriptionVi:
        '## Giới thiệu\n\n**Thể lệ** rõ ràng.\n\n<script>alert(1)</script>\n\n[bấm vào](javascript:alert(1)) và [trang chủ](https://example.vn)',
      eligibility: { teamSizeMax: 5 },
    });
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('lists published contests and shows a contest page with sanitised Markdown', async () => {
    const list = await request(portal.url).get('/contests').expect(200);
    expect(list.text).toContain(`/contests/${contest.slug}`);
    expect(list.text).toMatch(/lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4} \(GMT\+7\)/);
    expect(list.text).toMatch(/còn \d+ ngày \d+ giờ/);
    expectInert(list.text);

    const page = await request(portal.url).get(`/contests/${contest.slug}`).expect(200);
    expect(page.text).toContain('<strong>Thể lệ</strong>');
    expect(page.text).toContain('href="https://example.vn"');
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).toContain('Nhóm tối đa 5 người');
    expect(page.text).toContain(
      `href="/login?next=${encodeURIComponent(`/entries/new?contest=${contest.slug}`)}"`,
    );
    expectInert(page.text);

    const home = await request(portal.url).get('/').expect(200);
    expect(home.text).toContain(`/contests/${contest.slug}`);
  });

  it('answers 404 for a draft contest', async () => {
    const draft = await createContest(db, { status: ContestStatus.draft });
    await request(portal.url).get(`/contests/${draft.slug}`).expect(404);
  });

  it('lets an applicant create, edit and save a draft through the forms, XSS inert everywhere', async () => {
    const { user, agent } = await signedInApplicant(db, portal.url, `Lan ${XSS}`);
    const entryPath = createdEntryPath(
      await postForm(agent, `/entries/new?contest=${contest.slug}`, '/entries/new', {
        contest: contest.slug,
        categoryKey: 'y-tuong',
        applicantType: 'team',
        title: `Nông sản ${XSS}`,
      }),
    );
    const editPath = `${entryPath}/edit?created=1`;

    // "Add a member" shows one more empty row and keeps what was typed, saving nothing.
    const edit = await agent.get(editPath).expect(200);
    const added = await agent
      .post(`${entryPath}/edit`)
      .type('form')
      .send({
        _csrf: csrfOf(edit.text),
        action: 'addMember',
        title: 'Đang gõ dở',
        'members[0][fullName]': user.fullName,
      })
      .expect(200);
    expect(added.text).toContain('name="members[1][fullName]"');
    expect(added.text).toContain('value="Đang gõ dở"');

    // A bad e-mail of a member is shown beside the field, keeping what was typed.
    const fields = {
      _csrf: csrfOf(edit.text),
      action: 'save',
      title: `Nông sản ${XSS}`,
      teamName: `Đội ${XSS}`,
      applicantType: 'team',
      summary: `Tóm tắt **đậm** ${XSS} [x](javascript:alert(1))`,
      problem: 'Vấn đề',
      'members[0][fullName]': user.fullName,
      'members[1][fullName]': 'Trần Văn Bình',
      'members[1][email]': 'không-phải-email',
    };
    const invalid = await agent.post(`${entryPath}/edit`).type('form').send(fields).expect(400);
    expect(invalid.text).toContain('id="m1-email-error"');
    expect(invalid.text).toContain('value="Trần Văn Bình"');

    const saved = await agent
      .post(`${entryPath}/edit`)
      .type('form')
      .send({ ...fields, 'members[1][email]': 'binh@example.vn' })
      .expect(303);
    expect(saved.headers.location).toBe(`${entryPath}/edit?saved=1`);

    const view = await agent.get(entryPath).expect(200);
    expect(view.text).toContain('<strong>đậm</strong>');
    expect(view.text).toContain('Trần Văn Bình');
    expect(view.text).toContain('&lt;script&gt;');
    expectInert(view.text);
    const mine = await agent.get('/me/entries').expect(200);
    expect(mine.text).toContain(entryPath);
    expect(mine.text).toContain('Nháp');
    expectInert(mine.text);
    expectInert((await agent.get(`${entryPath}/edit`).expect(200)).text);
    expectInert((await agent.get(`/contests/${contest.slug}`).expect(200)).text);

    // Submitting without a pitch deck: the confirm step lists it, the submission says why.
    const confirm = await agent.get(`${entryPath}/submit`).expect(200);
    expect(confirm.text).toContain('Bài thuyết trình (pitch deck)');
    const refused = await agent
      .post(`${entryPath}/submit`)
      .type('form')
      .send({ _csrf: csrfOf(confirm.text) })
      .expect(422);
    expect(refused.text).toContain('Cần tải lên bài thuyết trình (pitch deck) dạng PDF.');

    // Another applicant finds nothing there.
    const other = await signedInApplicant(db, portal.url);
    await other.agent.get(entryPath).expect(404);
    await other.agent.get(`${entryPath}/edit`).expect(404);
    await other.agent.get(`${entryPath}/submit`).expect(404);
    await other.agent.get(`${entryPath}/files/${entryPath.split('/')[2]}`).expect(404);
    const otherPage = await other.agent.get('/me/entries').expect(200);
    await other.agent
      .post(`${entryPath}/edit`)
      .type('form')
      .send({ _csrf: csrfOf(otherPage.text), action: 'save', title: 'Chiếm' })
      .expect(404);
  });

  it('answers the page`s 404 for an entry address whose id cannot be an id, on every entry page', async () => {
    const { agent } = await signedInApplicant(db, portal.url);
    const csrf = csrfOf((await agent.get('/me/entries').expect(200)).text);
    const gets = [
      '/entries/not-an-id',
      '/entries/not-an-id/edit',
      '/entries/not-an-id/submit',
      '/entries/not-an-id/withdraw',
      `/entries/not-an-id/files/${contest.id}`,
    ];
    for (const path of gets) {
      const res = await agent.get(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('data-code="NOT_FOUND"');
    }
    const res = await agent
      .post('/entries/not-an-id/edit')
      .type('form')
      .send({ _csrf: csrf, action: 'save', title: 'X' });
    expect(res.status).toBe(404);
    expect(res.text).toContain('data-code="NOT_FOUND"');
  });

  it('uploads a PDF through the multipart form and refuses a disguised file beside the upload form', async () => {
    const { agent } = await signedInApplicant(db, portal.url);
    const entryPath = createdEntryPath(
      await postForm(agent, `/entries/new?contest=${contest.slug}`, '/entries/new', {
        contest: contest.slug,
        categoryKey: 'y-tuong',
        applicantType: 'team',
        title: 'Tệp',
      }),
    );
    const edit = await agent.get(`${entryPath}/edit`).expect(200);
    const upload = (name: string, content: Buffer) =>
      agent
        .post(`${entryPath}/files`)
        .field('_csrf', csrfOf(edit.text))
        .field('kind', 'pitch_deck')
        .attach('file', content, { filename: name, contentType: 'application/pdf' });

    const html = await upload('deck.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.status).toBe(415);
    expect(html.text).toContain('Loại tệp không được chấp nhận');

    await upload('deck.pdf', Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n')).expect(303);
    const after = await agent.get(`${entryPath}/edit`).expect(200);
    const link = /href="(\/entries\/[^"]+\/files\/[0-9a-f-]{36})"/.exec(after.text)?.[1];
    expect(link).toBeDefined();
    const file = await agent.get(link as string).expect(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('no-store');

    // Without the token first, nothing is stored.
    await agent
      .post(`${entryPath}/files`)
      .field('kind', 'pitch_deck')
      .attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), 'x.pdf')
      .expect(403);

    const other = await signedInApplicant(db, portal.url);
    await other.agent.get(link as string).expect(404);
  });

  it('says whether a withdrawal is final, and reopens a withdrawn entry as a draft before the deadline', async () => {
    const own = await createContest(db, {
      submissionDeadline: new Date(Date.now() + 7 * 86_400_000),
    });
    const { agent } = await signedInApplicant(db, portal.url);
    const entryPath = createdEntryPath(
      await postForm(agent, `/entries/new?contest=${own.slug}`, '/entries/new', {
        contest: own.slug,
        categoryKey: 'y-tuong',
        applicantType: 'team',
        title: 'Rút rồi mở lại',
      }),
    );
    const confirm = await agent.get(`${entryPath}/withdraw`).expect(200);
    expect(confirm.text).toContain('bạn vẫn có thể mở lại bài dự thi thành bản nháp');
    await agent
      .post(`${entryPath}/withdraw`)
      .type('form')
      .send({ _csrf: csrfOf(confirm.text) })
      .expect(303);
    const withdrawn = await agent.get(entryPath).expect(200);
    expect(withdrawn.text).toContain('bạn có thể mở lại thành bản nháp');
    expect(withdrawn.text).not.toContain('Nộp lại bài dự thi');
    const reopened = await agent
      .post(`${entryPath}/reopen`)
      .type('form')
      .send({ _csrf: csrfOf(withdrawn.text) })
      .expect(303);
    expect(reopened.headers.location).toBe(`${entryPath}?reopened=1`);
    const draft = await agent.get(reopened.headers.location).expect(200);
    expect(draft.text).toContain('Đã mở lại bài dự thi thành bản nháp');
    expect(draft.text).toContain(`href="${entryPath}/edit"`);
    expect((await db.manager.findOneByOrFail(Entry, { id: entryPath.split('/')[2] })).status).toBe(
      'draft',
    );

    await agent
      .post(`${entryPath}/withdraw`)
      .type('form')
      .send({ _csrf: csrfOf(draft.text) })
      .expect(303);
    await db.manager.update(Contest, { id: own.id }, { status: ContestStatus.closed });
    const final = await agent.get(entryPath).expect(200);
    expect(final.text).toContain('không thể mở lại');
    expect(final.text).not.toContain(`action="${entryPath}/reopen"`);
    const refused = await agent
      .post(`${entryPath}/reopen`)
      .type('form')
      .send({ _csrf: csrfOf(draft.text) });
    expect([refused.status, refused.headers.location]).toEqual([303, entryPath]);
    expect((await db.manager.findOneByOrFail(Entry, { id: entryPath.split('/')[2] })).status).toBe(
      'withdrawn',
    );
  });

  it('shows a closed contest`s entry as locked and refuses every change form, a blind one warning about content', async () => {
    const own = await createContest(db, {
      blindJudging: true,
      submissionDeadline: new Date(Date.now() + 7 * 86_400_000),
    });
    const question = await createQuestion(db, own, { key: 'nguon-tin' });
    const { user, agent } = await signedInApplicant(db, portal.url);
    const entryPath = createdEntryPath(
      await postForm(agent, `/entries/new?contest=${own.slug}`, '/entries/new', {
        contest: own.slug,
        categoryKey: 'y-tuong',
        applicantType: 'team',
        title: 'Trước khi đóng',
      }),
    );
    const open = await agent.get(`${entryPath}/edit`).expect(200);
    expect(open.text).toContain('không được ghi tên thành viên');
    const csrf = csrfOf(open.text);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
    await agent
      .post(`${entryPath}/files`)
      .field('_csrf', csrf)
      .field('kind', 'pitch_deck')
      .attach('file', pdf, { filename: 'deck.pdf', contentType: 'application/pdf' })
      .expect(303);
    const withFile = await agent.get(`${entryPath}/edit`).expect(200);
    const fileLink = /href="(\/entries\/[^"]+\/files\/[0-9a-f-]{36})"/.exec(withFile.text)![1];
    const entryId = entryPath.split('/')[2];
    const before = await db.manager.findOneByOrFail(Entry, { id: entryId });

    await db.manager.update(Contest, { id: own.id }, { status: ContestStatus.closed });
    const locked = await agent.get(`${entryPath}/edit`).expect(200);
    expect(locked.text).toContain('Ban tổ chức đã đóng nhận bài dự thi của cuộc thi');
    expect(locked.text).not.toContain(`action="${entryPath}/edit"`);
    expect(locked.text).not.toContain(`action="${entryPath}/files"`);
    const shown = await agent.get(entryPath).expect(200);
    expect(shown.text).toContain('Ban tổ chức đã đóng nhận bài dự thi của cuộc thi');
    expect(shown.text).not.toContain(`href="${entryPath}/edit"`);

    const form = (fields: object) =>
      agent
        .post(`${entryPath}/edit`)
        .type('form')
        .send({ _csrf: csrf, action: 'save', title: 'Trước khi đóng', ...fields });
    const attempts = {
      edit: form({ title: 'Sau khi đóng' }),
      team: form({
        'members[0][fullName]': user.fullName,
        'members[0][email]': user.email,
        'members[0][role]': 'leader',
        'members[1][fullName]': 'Thành viên mới',
        'members[1][email]': `moi.${Date.now()}@gmail.com`,
        'members[1][role]': 'member',
      }),
      answers: form({ [`answers[${question.key}]`]: 'Bạn bè' }),
      upload: agent
        .post(`${entryPath}/files`)
        .field('_csrf', csrf)
        .field('kind', 'other')
        .attach('file', pdf, { filename: 'them.pdf', contentType: 'application/pdf' }),
      removeFile: agent.post(`${fileLink}/delete`).type('form').send({ _csrf: csrf }),
      submit: agent.post(`${entryPath}/submit`).type('form').send({ _csrf: csrf }),
      withdraw: agent.post(`${entryPath}/withdraw`).type('form').send({ _csrf: csrf }),
    };
    for (const [kind, attempt] of Object.entries(attempts)) {
      const res = await attempt;
      expect([kind, res.status, res.text.includes('Cuộc thi hiện không nhận bài dự thi.')]).toEqual(
        [kind, 409, true],
      );
    }
    const after = await db.manager.findOneByOrFail(Entry, { id: entryId });
    expect(after).toEqual(before);
    expect(await db.manager.countBy(Attachment, { entryId })).toBe(1);
  });
});
