import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { Category } from '@app/contests/categories/category.entity';
import { ContestStatus } from '@app/contests/contests/contest.entity';
import { Round } from '@app/contests/rounds/round.entity';
import { ConflictOfInterest } from '@app/judging/conflicts/conflict-of-interest.entity';
import { ContestJudge } from '@app/judging/judges/contest-judge.entity';
import { createCategory, createContest, createRound } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { csrfOf } from '../support/page-forms';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

/** The text of a field's error paragraph (`<p class="field__error" id="…-error">`). */
const fieldError = (html: string, id: string): string | undefined =>
  new RegExp(`id="${id}-error">([^<]*)<`).exec(html)?.[1]?.trim();

/** A urlencoded body; a list repeats its name (a group of checkboxes). */
function formBody(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  return params.toString();
}

const RUBRIC = {
  'criteria[0][key]': 'doi-moi',
  'criteria[0][labelVi]': 'Tính đổi mới',
  'criteria[0][labelEn]': 'Innovation',
  'criteria[0][weight]': '1',
  'criteria[0][maxScore]': '60',
  'criteria[1][key]': 'kha-thi',
  'criteria[1][labelVi]': 'Tính khả thi',
  'criteria[1][labelEn]': 'Feasibility',
  'criteria[1][weight]': '1',
  'criteria[1][maxScore]': '40',
};

/**
 * The organizer's create/edit/delete forms through the real pages: the parts of a contest
 * (categories, rounds) in ContestPartForms' one flow, and the judges page's invitations and
 * recorded conflicts in the same steps. Each form shows its field errors by code with what
 * was typed, comes back to its list with a notice, and answers 404 for another contest's item.
 */
describe.each(PROFILES)('organizer part forms (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let organizerId: string;
  let vi: TestAgent;
  let en: TestAgent;
  let contest: ContestFixture;
  let other: ContestFixture;

  async function agentOf(userId: string, lang?: 'en'): Promise<TestAgent> {
    const agent = request.agent(portal.url);
    const cookie = await webSessionCookie(db, userId);
    agent.set('cookie', lang ? `${cookie}; lang=${lang}` : cookie);
    return agent;
  }

  /** GETs the page with the form, then posts it with the page's CSRF token. */
  async function post(
    agent: TestAgent,
    formPath: string,
    action: string,
    fields: Record<string, string | string[]>,
  ) {
    const page = await agent.get(formPath).expect(200);
    return agent
      .post(action)
      .type('form')
      .send(formBody({ _csrf: csrfOf(page.text), ...fields }));
  }

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    organizerId = (await createUser(db, { role: Role.organizer })).id;
    vi = await agentOf(organizerId);
    en = await agentOf(organizerId, 'en');
    contest = await createContest(db, { status: ContestStatus.draft });
    await createCategory(db, contest, { key: 'san-pham', nameVi: 'Sản phẩm', position: 1 });
    other = await createContest(db, { status: ContestStatus.draft });
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  describe('categories (an existing part)', () => {
    it('creates, refuses with the typed values kept, edits and deletes a category', async () => {
      const base = `/organizer/contests/${contest.id}/categories`;
      const typed = { key: 'Bảng Sai', nameVi: 'Bảng đồ án', nameEn: 'Project track' };
      const refused = await post(vi, `${base}/new`, `${base}/new`, typed);
      expect(refused.status).toBe(400);
      expect(fieldError(refused.text, 'key')).toBe(
        'Chỉ dùng chữ thường không dấu, số, dấu gạch ngang hoặc gạch dưới.',
      );
      expect(refused.text).toContain('value="Bảng đồ án"');
      expect(refused.text).toContain('value="Bảng Sai"');
      const english = await post(en, `${base}/new`, `${base}/new`, { ...typed, nameVi: '' });
      expect(english.status).toBe(400);
      expect(fieldError(english.text, 'key')).toBe(
        'Use lower-case letters, digits, dashes or underscores only.',
      );
      expect(fieldError(english.text, 'nameVi')).toBe('Please fill this in.');
      expect(english.text).toContain('value="Project track"');

      const created = await post(vi, `${base}/new`, `${base}/new`, { ...typed, key: 'do-an' });
      expect([created.status, created.headers.location]).toEqual([303, `${base}?saved=1`]);
      expect((await vi.get(`${base}?saved=1`).expect(200)).text).toContain('Đã lưu.');
      const stored = await db.manager.findOneByOrFail(Category, {
        contestId: contest.id,
        key: 'do-an',
      });

      const edited = await post(vi, `${base}/${stored.id}`, `${base}/${stored.id}`, {
        ...typed,
        key: 'do-an',
        nameVi: 'Bảng đồ án sinh viên',
      });
      expect([edited.status, edited.headers.location]).toEqual([303, `${base}?saved=1`]);
      expect((await vi.get(base).expect(200)).text).toContain('Bảng đồ án sinh viên');

      const deleted = await post(vi, `${base}/${stored.id}`, `${base}/${stored.id}/delete`, {});
      expect([deleted.status, deleted.headers.location]).toEqual([303, `${base}?deleted=1`]);
      expect((await vi.get(`${base}?deleted=1`).expect(200)).text).toContain('Đã xóa.');
      expect(await db.manager.findOneBy(Category, { id: stored.id })).toBeNull();
    });

    it('answers 404 for another contest’s category and leaves it as it was', async () => {
      const foreign = other.category!;
      const base = `/organizer/contests/${contest.id}/categories`;
      await vi.get(`${base}/${foreign.id}`).expect(404);
      const page = await vi.get(`${base}/new`).expect(200);
      for (const action of [`${base}/${foreign.id}`, `${base}/${foreign.id}/delete`]) {
        const answer = await vi
          .post(action)
          .type('form')
          .send(formBody({ _csrf: csrfOf(page.text), key: 'y-tuong', nameVi: 'Đổi', nameEn: 'X' }));
        expect(answer.status).toBe(404);
      }
      const after = await db.manager.findOneByOrFail(Category, { id: foreign.id });
      expect(after.nameVi).toBe(foreign.nameVi);
    });
  });

  describe('rounds', () => {
    const roundForm = {
      position: '1',
      nameVi: 'Vòng sơ khảo',
      nameEn: 'Screening round',
      mode: 'online',
      reviewsPerEntry: '3',
      maxLoadPerJudge: '',
      closesDate: '2030-05-01',
      ...RUBRIC,
    };

    it('creates a round, refuses with the typed values kept, adds a row and edits it', async () => {
      const base = `/organizer/contests/${contest.id}/rounds`;
      const blank = await vi.get(`${base}/new`).expect(200);
      expect(blank.text).toMatch(/name="position"[^>]*value="1"/);
      expect(blank.text).toContain('name="criteria[2][key]"');

      const typed = { ...roundForm, nameVi: '', closesDate: '31/12/2030' };
      const refused = await post(vi, `${base}/new`, `${base}/new`, typed);
      expect(refused.status).toBe(400);
      expect(fieldError(refused.text, 'nameVi')).toBe('Vui lòng nhập thông tin này.');
      expect(fieldError(refused.text, 'closesDate')).toBe('Ngày không hợp lệ.');
      expect(refused.text).toContain('value="Screening round"');
      expect(refused.text).toContain('value="Tính đổi mới"');
      const english = await post(en, `${base}/new`, `${base}/new`, typed);
      expect(english.status).toBe(400);
      expect(fieldError(english.text, 'nameVi')).toBe('Please fill this in.');
      expect(fieldError(english.text, 'closesDate')).toBe('This date is not valid.');

      // "Add a criterion" shows the form again with a row more and saves nothing.
      const more = await post(vi, `${base}/new`, `${base}/new`, {
        ...roundForm,
        action: 'addCriterion',
      });
      expect(more.status).toBe(200);
      expect(more.text).toContain('name="criteria[2][key]"');
      expect(more.text).toContain('value="Tính khả thi"');
      expect(await db.manager.countBy(Round, { contestId: contest.id })).toBe(0);

      const created = await post(vi, `${base}/new`, `${base}/new`, roundForm);
      expect([created.status, created.headers.location]).toEqual([303, `${base}?saved=1`]);
      const list = await vi.get(`${base}?saved=1`).expect(200);
      expect(list.text).toContain('Đã lưu.');
      expect(list.text).toContain('Vòng sơ khảo');
      const round = await db.manager.findOneByOrFail(Round, { contestId: contest.id });

      const formPath = `${base}/${round.id}`;
      const edited = await post(vi, formPath, formPath, {
        ...roundForm,
        version: String(round.version),
        nameVi: 'Vòng sơ khảo (sửa)',
        reviewsPerEntry: '2',
        maxLoadPerJudge: '15',
      });
      expect([edited.status, edited.headers.location]).toEqual([303, `${base}?saved=1`]);
      const after = await db.manager.findOneByOrFail(Round, { id: round.id });
      expect([after.nameVi, after.reviewsPerEntry, after.maxLoadPerJudge]).toEqual([
        'Vòng sơ khảo (sửa)',
        2,
        15,
      ]);
      const shown = await vi.get(formPath).expect(200);
      expect(shown.text).toContain('value="Vòng sơ khảo (sửa)"');

      // A taken position is refused on its input, with the typed values kept.
      const taken = await post(vi, `${base}/new`, `${base}/new`, {
        ...roundForm,
        nameVi: 'Vòng trùng',
      });
      expect(taken.status).toBe(409);
      expect(fieldError(taken.text, 'position')).toBe('Cuộc thi đã có một vòng ở thứ tự này.');
      expect(taken.text).toContain('value="Vòng trùng"');
    });

    it('answers 404 for another contest’s round and offers no round deletion', async () => {
      const foreign = await createRound(db, other);
      const base = `/organizer/contests/${contest.id}/rounds`;
      await vi.get(`${base}/${foreign.id}`).expect(404);
      const page = await vi.get(`${base}/new`).expect(200);
      const posted = await vi
        .post(`${base}/${foreign.id}`)
        .type('form')
        .send(
          formBody({
            _csrf: csrfOf(page.text),
            ...roundForm,
            version: String(foreign.version),
            nameVi: 'Không được đổi',
          }),
        );
      expect(posted.status).toBe(404);
      const deleted = await vi
        .post(`/organizer/contests/${other.id}/rounds/${foreign.id}/delete`)
        .type('form')
        .send(formBody({ _csrf: csrfOf(page.text) }));
      expect(deleted.status).toBe(404);
      const after = await db.manager.findOneByOrFail(Round, { id: foreign.id });
      expect(after.nameVi).toBe(foreign.nameVi);
    });
  });

  describe('judges', () => {
    const judgesOf = (c: ContestFixture) => `/organizer/contests/${c.id}/judges`;

    it('invites a judge, refuses with the typed values kept, and changes the scope', async () => {
      const base = judgesOf(contest);
      const typed = { email: 'khong-phai-email', fullName: 'Trần Thị Mai' };
      const refused = await post(vi, base, base, typed);
      expect(refused.status).toBe(400);
      expect(fieldError(refused.text, 'email')).toBe('Địa chỉ email không hợp lệ.');
      expect(refused.text).toContain('value="Trần Thị Mai"');
      expect(refused.text).toContain('value="khong-phai-email"');
      const english = await post(en, base, base, typed);
      expect(english.status).toBe(400);
      expect(fieldError(english.text, 'email')).toBe('This is not a valid e-mail address.');

      const email = `mai.${profile}@truong.edu.vn`;
      const invited = await post(vi, base, base, {
        email,
        fullName: 'Trần Thị Mai',
        categoryKeys: 'y-tuong',
      });
      expect([invited.status, invited.headers.location]).toEqual([303, `${base}?invited=1`]);
      const page = await vi.get(`${base}?invited=1`).expect(200);
      expect(page.text).toContain('Đã gửi lời mời.');
      expect(page.text).toContain('y-tuong · mọi lĩnh vực');

      // Inviting the same person again is how their scope is edited.
      const again = await post(vi, base, base, {
        email,
        categoryKeys: ['y-tuong', 'san-pham'],
      });
      expect(again.status).toBe(303);
      const user = await db.manager.findOneByOrFail(User, { email });
      const judge = await db.manager.findOneByOrFail(ContestJudge, {
        contestId: contest.id,
        userId: user.id,
      });
      expect(judge.categoryKeys).toEqual(['y-tuong', 'san-pham']);
      expect((await vi.get(base).expect(200)).text).toContain('y-tuong, san-pham · mọi lĩnh vực');
    });

    it('records a conflict, refuses with the typed values kept, and deletes it', async () => {
      const base = judgesOf(contest);
      const judge = await invitedJudge(contest, 'lan');
      const typed = { judgeUserId: judge.id, subject: 'organization', value: 'Công ty ABC' };
      const refused = await post(vi, base, `${base}/conflicts`, { ...typed, reason: '' });
      expect(refused.status).toBe(400);
      expect(fieldError(refused.text, 'reason')).toBe('Vui lòng nhập thông tin này.');
      expect(refused.text).toContain('value="Công ty ABC"');
      const english = await post(en, base, `${base}/conflicts`, { ...typed, reason: '' });
      expect(fieldError(english.text, 'reason')).toBe('Please fill this in.');

      const recorded = await post(vi, base, `${base}/conflicts`, {
        ...typed,
        reason: 'Cố vấn của công ty',
      });
      expect([recorded.status, recorded.headers.location]).toEqual([303, `${base}?recorded=1`]);
      const page = await vi.get(`${base}?recorded=1`).expect(200);
      expect(page.text).toContain('Đã ghi nhận xung đột lợi ích.');
      const conflict = await db.manager.findOneByOrFail(ConflictOfInterest, {
        contestId: contest.id,
        judgeUserId: judge.id,
      });

      const action = `${base}/conflicts/${conflict.id}/delete`;
      const deleted = await post(vi, base, action, {});
      expect([deleted.status, deleted.headers.location]).toEqual([303, `${base}?deleted=1`]);
      expect((await vi.get(`${base}?deleted=1`).expect(200)).text).toContain('Đã xoá.');
      expect(await db.manager.findOneBy(ConflictOfInterest, { id: conflict.id })).toBeNull();
    });

    it('answers 404 for another contest’s conflict and leaves it in place', async () => {
      const judge = await invitedJudge(other, 'hung');
      const recorded = await post(vi, judgesOf(other), `${judgesOf(other)}/conflicts`, {
        judgeUserId: judge.id,
        subject: 'organization',
        value: 'Hợp tác xã Nghĩa Hành',
        reason: 'Thành viên hợp tác xã',
      });
      expect(recorded.status).toBe(303);
      const conflict = await db.manager.findOneByOrFail(ConflictOfInterest, {
        contestId: other.id,
        judgeUserId: judge.id,
      });
      const base = judgesOf(contest);
      for (const verb of ['delete', 'accept', 'reject']) {
        const answer = await post(vi, base, `${base}/conflicts/${conflict.id}/${verb}`, {});
        expect(answer.status).toBe(404);
        expect(answer.text).toContain('Không tìm thấy.');
      }
      expect(await db.manager.findOneBy(ConflictOfInterest, { id: conflict.id })).not.toBeNull();
    });
  });

  /** A judge invited to `target` through its judges page. */
  async function invitedJudge(target: ContestFixture, name: string) {
    const base = `/organizer/contests/${target.id}/judges`;
    const email = `${name}.${profile}.${target.id.slice(0, 8)}@vien.org.vn`;
    const invited = await post(vi, base, base, { email, fullName: name });
    expect(invited.status).toBe(303);
    return db.manager.findOneByOrFail(User, { email });
  }
});
