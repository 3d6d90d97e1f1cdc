import { DataSource } from 'typeorm';
import { Attachment } from '@app/entries/attachments/attachment.entity';
import { Entry } from '@app/entries/entries/entry.entity';
import { createContest, ContestFixture } from '../support/contest-factory';
import { openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { csrfOf, draftThroughPages, signedInApplicant } from '../support/page-forms';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
const NOT_A_PDF = Buffer.from('<html><body>không phải PDF</body></html>');

/**
 * The upload button sends the whole entry form with the file (the edit page's upload
 * fields belong to the entry form): what was typed is saved before the file is stored.
 */
describe.each(PROFILES)(
  'uploading from the entry form keeps what was typed (%s profile)',
  (profile) => {
    let portal: RunningPortal;
    let db: DataSource;
    let contest: ContestFixture;

    beforeAll(async () => {
      const env = await testEnvironment(profile);
      portal = await startPortal(env);
      db = await openDatabase(env);
      contest = await createContest(db, { eligibility: { teamSizeMax: 5 } });
    });
    afterAll(async () => {
      await db?.destroy();
      await portal?.stop();
    });

    /** A signed-in applicant with a new draft, on its edit page. */
    async function draft() {
      const { user, agent } = await signedInApplicant(db, portal.url);
      const { entryId } = await draftThroughPages(agent, contest.slug, 'Bản đầu');
      const edit = await agent.get(`/entries/${entryId}/edit`).expect(200);
      // The page's upload fields and button belong to the entry form, which posts them here.
      expect(edit.text).toContain(`formaction="/entries/${entryId}/files"`);
      expect(edit.text).toMatch(/<input id="file" name="file" type="file" form="entry-form"/);
      /** The form as a browser sends it from the upload button: fields first, then the file. */
      const upload = (typed: Record<string, string>, file: Buffer, filename = 'deck.pdf') => {
        let post = agent.post(`/entries/${entryId}/files`).field('_csrf', csrfOf(edit.text));
        const fields = {
          title: 'Bản đầu',
          applicantType: 'team',
          'members[0][fullName]': user.fullName,
          ...typed,
          kind: 'pitch_deck',
        };
        for (const [name, value] of Object.entries(fields)) post = post.field(name, value);
        return post.attach('file', file, { filename, contentType: 'application/pdf' });
      };
      const stored = () => db.manager.findOneByOrFail(Entry, { id: entryId });
      const files = () => db.manager.countBy(Attachment, { entryId });
      return { agent, entryId, upload, stored, files };
    }

    it('saves the typed draft, then stores the file, in one post', async () => {
      const { agent, entryId, upload, stored, files } = await draft();
      const res = await upload(
        { title: 'Nước mắm Sa Huỳnh', summary: 'Gõ rồi chưa lưu', problem: 'Vấn đề **thật**' },
        PDF,
      ).expect(303);
      expect(res.headers.location).toBe(`/entries/${entryId}/edit?savedAndUploaded=1#files`);
      const entry = await stored();
      expect([entry.title, entry.summary, entry.problem]).toEqual([
        'Nước mắm Sa Huỳnh',
        'Gõ rồi chưa lưu',
        'Vấn đề **thật**',
      ]);
      expect(await files()).toBe(1);
      const page = await agent.get(res.headers.location as string).expect(200);
      expect(page.text).toContain('Đã lưu bản nháp và tải tệp lên.');
      expect(page.text).toContain('Gõ rồi chưa lưu</textarea>');
    });

    it('keeps the typed text when the file is refused, and shows why beside the upload', async () => {
      const { entryId, upload, stored, files } = await draft();
      const res = await upload({ summary: 'Vẫn còn đây' }, NOT_A_PDF).expect(415);
      expect(res.text).toContain('Đã lưu bản nháp.');
      expect(res.text).toContain('Loại tệp không được chấp nhận');
      expect(res.text).toContain('Vẫn còn đây</textarea>');
      expect((await stored()).summary).toBe('Vẫn còn đây');
      expect(await files()).toBe(0);
      expect(entryId).toBeTruthy();
    });

    it('keeps the typed text when no file was chosen', async () => {
      const { upload, stored, files } = await draft();
      const res = await upload({ summary: 'Quên chọn tệp' }, Buffer.alloc(0), '').expect(400);
      expect(res.text).toContain('Hãy chọn một tệp để tải lên.');
      expect(res.text).toContain('Đã lưu bản nháp.');
      expect((await stored()).summary).toBe('Quên chọn tệp');
      expect(await files()).toBe(0);
    });

    it('stores no file when the form cannot be saved, and shows everything typed with the errors', async () => {
      const { upload, stored, files } = await draft();
      const res = await upload({ title: '', summary: 'Không mất chữ' }, PDF).expect(400);
      expect(res.text).toContain('Tệp chưa được tải lên vì biểu mẫu còn lỗi');
      expect(res.text).toContain('Không mất chữ</textarea>');
      expect(res.text).not.toContain('Đã lưu bản nháp.');
      const entry = await stored();
      expect([entry.title, entry.summary]).toEqual(['Bản đầu', null]);
      expect(await files()).toBe(0);
    });
  },
);
