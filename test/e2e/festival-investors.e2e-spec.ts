import ICAL from 'ical.js';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { createAwardsContest } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { accessTokenOf, bearer } from '../support/api-client';
import { csrfOf } from '../support/page-forms';
import { webSessionCookie } from '../support/sessions';
import { createUser, openDatabase } from '../support/database';
import { InvestorProfile } from '@app/festival/investors/investor-profile.entity';
import { PROFILES, testEnvironment } from '../support/environment';
import { createFestival } from '../support/festival-factory';
import { listInGallery } from '../support/gallery-factory';
import { RunningPortal, RunningProcess, spawnApp, startPortal } from '../support/portal';
import { parsedMailTo, SmtpSink, startSmtpSink } from '../support/smtp-sink';

describe.each(PROFILES)('festival investor connection (%s profile)', (profile) => {
  let sink: SmtpSink;
  let portal: RunningPortal;
  let worker: RunningProcess | undefined;
  let db: DataSource;
  let fixture: AwardsContest;
  let organizer: string;
  let base: string;
  /** A finalist whose team opted into the gallery, and its owner's token. */
  let shownEntryId: string;
  let ownerToken: string;
  let ownerEmail: string;
  let ownerId: string;
  /** A finalist whose team did not opt in. */
  let hiddenEntryId: string;

  const send = (method: 'post' | 'put', path: string, body: object, token?: string) =>
    request(portal.url)[method](path).set(bearer(token)).send(body);
  const get = (path: string, token?: string) => request(portal.url).get(path).set(bearer(token));
  const profileBody = {
    organisation: 'Quỹ Đầu tư Khởi nghiệp Sáng tạo Quảng Ngãi',
    kind: 'fund',
    interests: 'Nông nghiệp công nghệ cao, du lịch',
  };

  /** A signed-in investor: applies, and is approved when asked. */
  async function investor(approve: boolean | null) {
    const user = await createUser(db, { fullName: 'Trần Văn Bình' });
    const token = await accessTokenOf(portal.url, user.email);
    const applied = await send('put', '/api/v1/investors/me', profileBody, token).expect(200);
    expect(applied.body).toMatchObject({ status: 'pending', kind: 'fund' });
    if (approve !== null)
      await send(
        'post',
        `/api/v1/investors/${applied.body.id}/decision`,
        { approve },
        organizer,
      ).expect(200);
    return { user, token, profileId: applied.body.id as string };
  }

  const addSlot = async (startTime: string, endTime: string, place: string) =>
    (
      await send('post', `${base}/meeting-slots`, { startTime, endTime, place }, organizer).expect(
        201,
      )
    ).body.id as string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await testEnvironment(profile, { SMTP_URL: sink.url });
    portal = await startPortal(env);
    if (profile === 'production') worker = spawnApp('worker', env);
    db = await openDatabase(env);
    organizer = await accessTokenOf(
      portal.url,
      (await createUser(db, { role: Role.organizer })).email,
    );
    fixture = await createAwardsContest(db);
    await createFestival(db, fixture.contest.id, { published: true });
    base = `/api/v1/contests/${fixture.contest.id}/festival`;
    const [shown, hidden] = fixture.finalists.idea;
    await listInGallery(db, shown);
    // The eliminated entry is in the gallery but is no finalist: investors never see it.
    await listInGallery(db, fixture.eliminated);
    shownEntryId = shown.id;
    hiddenEntryId = hidden.id;
    const owner = fixture.owners.find((o) => o.id === shown.ownerId)!;
    ownerEmail = owner.email;
    ownerId = owner.id;
    ownerToken = await accessTokenOf(portal.url, owner.email);
  });

  afterAll(async () => {
    await db?.destroy();
    await worker?.stop();
    await portal?.stop();
    await sink?.close();
  });

  it('approves an investor by an organizer, in the audit log and by mail; a refused or pending one is refused', async () => {
    const approved = await investor(true);
    const mine = await get('/api/v1/investors/me', approved.token).expect(200);
    expect(mine.body).toMatchObject({ status: 'approved', organisation: profileBody.organisation });
    expect(
      await db.manager.countBy(AuditLog, {
        action: 'investor.approved',
        subjectId: approved.user.id,
      }),
    ).toBe(1);
    await parsedMailTo(sink, approved.user.email, /được duyệt/);

    const refused = await investor(false);
    await parsedMailTo(sink, refused.user.email, /chưa được duyệt/);
    const pending = await investor(null);
    for (const { token } of [refused, pending]) {
      const finalists = await get(`${base}/investor-finalists`, token).expect(403);
      expect(finalists.body.code).toBe('INVESTOR_NOT_APPROVED');
      const asked = await send(
        'post',
        `${base}/meetings`,
        { entryId: shownEntryId, laterNote: 'Tháng 1/2027', message: 'Xin gặp' },
        token,
      ).expect(403);
      expect(asked.body.code).toBe('INVESTOR_NOT_APPROVED');
    }
    // Changing an approved profile sends it back to the organizers.
    await send('put', '/api/v1/investors/me', { ...profileBody, kind: 'angel' }, approved.token)
      .expect(200)
      .expect((res) => expect(res.body.status).toBe('pending'));
    await get(`${base}/investor-finalists`, approved.token).expect(403);

    const list = await get('/api/v1/investors', organizer).expect(200);
    expect(list.body[0].status).toBe('pending');
    await get('/api/v1/investors', approved.token).expect(403);
  });

  it('shows approved investors only the finalists whose teams opted in', async () => {
    const { token } = await investor(true);
    const finalists = await get(`${base}/investor-finalists`, token).expect(200);
    expect(finalists.body.map((f: { entryId: string }) => f.entryId)).toEqual([shownEntryId]);
    const hidden = await send(
      'post',
      `${base}/meetings`,
      { entryId: hiddenEntryId, laterNote: 'Tháng 1/2027', message: 'Xin gặp' },
      token,
    ).expect(404);
    expect(hidden.body.code).toBe('NOT_FOUND');
    await send(
      'post',
      `${base}/meetings`,
      { entryId: fixture.eliminated.id, laterNote: 'Tháng 1/2027', message: 'Xin gặp' },
      token,
    ).expect(404);
  });

  it('holds one meeting per slot: a second request gets 409 MEETING_SLOT_TAKEN, and a decline frees it', async () => {
    const slotId = await addSlot('14:00', '14:20', 'Bàn 3, sảnh B');
    const first = await investor(true);
    const second = await investor(true);
    const ask = (token: string) =>
      send(
        'post',
        `${base}/meetings`,
        { entryId: shownEntryId, slotId, message: 'Xin gặp nhóm' },
        token,
      );
    const asked = await ask(first.token).expect(201);
    expect(asked.body).toMatchObject({
      status: 'pending',
      slot: { id: slotId, place: 'Bàn 3, sảnh B' },
    });
    await parsedMailTo(sink, ownerEmail, /đề nghị gặp/);

    const taken = await ask(second.token).expect(409);
    expect(taken.body.code).toBe('MEETING_SLOT_TAKEN');
    const slots = await get(`${base}/meeting-slots`, second.token).expect(200);
    expect(slots.body.find((s: { id: string }) => s.id === slotId).taken).toBe(true);

    // Neither the investor nor another team's owner answers for the team.
    const other = fixture.owners.find((o) => o.id !== fixture.finalists.idea[0].ownerId)!;
    for (const token of [first.token, await accessTokenOf(portal.url, other.email)]) {
      const refused = await send(
        'post',
        `/api/v1/festival/meetings/${asked.body.id}/answer`,
        { accept: true },
        token,
      ).expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
    }

    await send(
      'post',
      `/api/v1/festival/meetings/${asked.body.id}/answer`,
      { accept: false },
      ownerToken,
    )
      .expect(200)
      .expect((res) => expect(res.body.status).toBe('declined'));
    await parsedMailTo(sink, first.user.email, /từ chối/);
    const again = await send(
      'post',
      `/api/v1/festival/meetings/${asked.body.id}/answer`,
      { accept: true },
      ownerToken,
    ).expect(409);
    expect(again.body.code).toBe('MEETING_ALREADY_ANSWERED');
    await ask(second.token).expect(201);
  });

  it('lets only one of two simultaneous requests take a slot', async () => {
    const slotId = await addSlot('15:00', '15:20', 'Bàn 5');
    const [a, b] = [await investor(true), await investor(true)];
    const answers = await Promise.all(
      [a, b].map(({ token }) =>
        send(
          'post',
          `${base}/meetings`,
          { entryId: shownEntryId, slotId, message: 'Xin gặp' },
          token,
        ),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('mails both sides an accepted meeting with a calendar file link, and shows it on the organizers’ day list', async () => {
    const slotId = await addSlot('09:00', '09:30', 'Bàn 1');
    const inv = await investor(true);
    const asked = await send(
      'post',
      `${base}/meetings`,
      { entryId: shownEntryId, slotId, message: 'Quỹ quan tâm đến mô hình của nhóm.' },
      inv.token,
    ).expect(201);
    const answered = await send(
      'post',
      `/api/v1/festival/meetings/${asked.body.id}/answer`,
      { accept: true },
      ownerToken,
    ).expect(200);
    expect(answered.body.status).toBe('accepted');

    const toInvestor = await parsedMailTo(sink, inv.user.email, /Lịch gặp/);
    const toTeam = await parsedMailTo(sink, ownerEmail, /Lịch gặp/);
    expect(toTeam.text).toContain('20/12/2026 09:00–09:30, Bàn 1');
    const link = /(http\S+\/festival\/meetings\/calendar\/\S+)/.exec(toInvestor.text ?? '')![1];
    const path = new URL(link).pathname;
    const ics = await request(portal.url).get(path).expect(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent('vevent')!,
    );
    // 09:00 in Vietnam is 02:00 UTC.
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-20T02:00:00.000Z');
    expect(event.location).toContain('Bàn 1');
    await request(portal.url).get('/api/v1/festival/meetings/calendar/not-a-token').expect(404);

    const board = await get(`${base}/meetings`, organizer).expect(200);
    expect(board.body.requests.length).toBeGreaterThanOrEqual(4);
    expect(board.body.day.map((m: { slot: { startTime: string } }) => m.slot.startTime)).toEqual([
      '09:00',
    ]);
    expect(board.body.day[0]).toMatchObject({
      id: asked.body.id,
      organisation: profileBody.organisation,
    });
    await get(`${base}/meetings`, inv.token).expect(403);

    const mine = await get('/api/v1/me/meetings', ownerToken).expect(200);
    expect(mine.body.map((m: { id: string }) => m.id)).toContain(asked.body.id);
  });

  it('takes a meeting later with a proposal, and refuses a request with both or neither', async () => {
    const inv = await investor(true);
    const later = await send(
      'post',
      `${base}/meetings`,
      { entryId: shownEntryId, laterNote: 'Tại văn phòng quỹ, tháng 1/2027', message: 'Xin gặp' },
      inv.token,
    ).expect(201);
    expect(later.body).toMatchObject({ slot: null, laterNote: 'Tại văn phòng quỹ, tháng 1/2027' });
    await send(
      'post',
      `/api/v1/festival/meetings/${later.body.id}/answer`,
      { accept: true },
      ownerToken,
    ).expect(200);
    await parsedMailTo(sink, inv.user.email, /Đồng ý gặp/);
    const rows = await db.manager.findBy(Notification, { template: 'meeting-accepted-later' });
    expect(rows.map((r) => r.recipientEmail).sort()).toEqual([inv.user.email, ownerEmail].sort());

    const neither = await send(
      'post',
      `${base}/meetings`,
      { entryId: shownEntryId, message: 'x' },
      inv.token,
    ).expect(400);
    expect(neither.body.details[0]).toMatchObject({ field: 'slotId' });
    const slotId = await addSlot('16:00', '16:20', 'Bàn 9');
    await send(
      'post',
      `${base}/meetings`,
      { entryId: shownEntryId, slotId, laterNote: 'x', message: 'x' },
      inv.token,
    ).expect(400);
  });

  it('shows organizers every request and the day’s meetings on their page, where they add slots and decide on investors', async () => {
    const admin = await createUser(db, { role: Role.organizer });
    const page = `/organizer/contests/${fixture.contest.id}/festival/meetings`;
    const agent = request
      .agent(portal.url)
      .set('cookie', `${await webSessionCookie(db, admin.id)}; lang=en`);
    const html = (await agent.get(page).expect(200)).text;
    expect(html).toContain('The day’s meetings');
    expect(html).toMatch(/09:00–09:30 · Bàn 1/);
    const post = (action: string, fields: Record<string, string>) =>
      agent
        .post(action)
        .type('form')
        .send(new URLSearchParams({ _csrf: csrfOf(html), ...fields }).toString());

    const reversed = await post(`${page}/slots`, {
      startTime: '11:00',
      endTime: '10:00',
      place: 'Bàn 7',
    });
    expect(reversed.status).toBe(400);
    expect(reversed.text).toContain('aria-invalid="true"');
    await post(`${page}/slots`, { startTime: '10:00', endTime: '10:20', place: 'Bàn 7' }).expect(
      303,
    );
    expect((await agent.get(page).expect(200)).text).toContain('10:00–10:20 · Bàn 7');

    const waiting = await investor(null);
    await post(`${page}/investors/${waiting.profileId}`, { decision: 'approve' }).expect(303);
    expect(
      (await db.manager.findOneByOrFail(InvestorProfile, { id: waiting.profileId })).status,
    ).toBe('approved');
    await get(`${base}/investor-finalists`, waiting.token).expect(200);
  });
  it('lets the team’s owner answer from the meetings page the request mail links to', async () => {
    const slotId = await addSlot('15:00', '15:20', 'Bàn 9');
    const inv = await investor(true);
    const asked = await send(
      'post',
      `${base}/meetings`,
      { entryId: shownEntryId, slotId, message: 'Quỹ muốn nghe thêm về doanh thu.' },
      inv.token,
    ).expect(201);
    const mail = await parsedMailTo(sink, ownerEmail, /đề nghị gặp/, (m) =>
      (m.text ?? '').includes('Bàn 9'),
    );
    const link = /(http\S+\/me\/meetings)\b/.exec(mail.text ?? '')![1];
    const owner = request
      .agent(portal.url)
      .set('cookie', `${await webSessionCookie(db, ownerId)}; lang=vi`);
    const page = (await owner.get(new URL(link).pathname).expect(200)).text;
    expect(page).toContain(`data-request="${asked.body.id}" data-status="pending"`);
    expect(page).toContain('Quỹ muốn nghe thêm về doanh thu.');
    const answer = (accept: string) =>
      owner
        .post(`/me/meetings/${asked.body.id}/answer`)
        .type('form')
        .send(new URLSearchParams({ _csrf: csrfOf(page), accept }).toString());

    const accepted = await answer('true').expect(303);
    expect(accepted.headers.location).toBe('/me/meetings?answered=accepted');
    const after = (await owner.get(accepted.headers.location).expect(200)).text;
    expect(after).toContain(`data-request="${asked.body.id}" data-status="accepted"`);
    expect(after).not.toContain(`action="/me/meetings/${asked.body.id}/answer"`);
    await parsedMailTo(sink, inv.user.email, /Lịch gặp/, (m) => (m.text ?? '').includes('Bàn 9'));
    const twice = await answer('false').expect(303);
    expect(twice.headers.location).toBe('/me/meetings?error=MEETING_ALREADY_ANSWERED');

    // The investor sees the answer among the requests they sent; nobody else may answer.
    const investorPage = request
      .agent(portal.url)
      .set('cookie', `${await webSessionCookie(db, inv.user.id)}; lang=en`);
    const theirs = (await investorPage.get('/me/meetings').expect(200)).text;
    expect(theirs).toContain('Requests you sent');
    expect(theirs).toMatch(/Bàn 9<\/strong><\/p>\s*<p>Accepted/);
    await investorPage
      .post(`/me/meetings/${asked.body.id}/answer`)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfOf(theirs), accept: 'false' }).toString())
      .expect(403);
  });
  it('lets an investor apply, see the finalists and ask to meet from the pages', async () => {
    const user = await createUser(db, { fullName: 'Lê Thu Hà' });
    const browser = request
      .agent(portal.url)
      .set('cookie', `${await webSessionCookie(db, user.id)}; lang=vi`);
    const form = async (page: string, action: string, fields: Record<string, string>) => {
      const shown = await browser.get(page);
      return browser
        .post(action)
        .type('form')
        .send(new URLSearchParams({ _csrf: csrfOf(shown.text), ...fields }).toString());
    };
    const finalistsPage = `/contests/${fixture.contest.slug}/festival/investors`;

    const notYet = await browser.get(finalistsPage).expect(403);
    expect(notYet.text).toContain('data-code="INVESTOR_NOT_APPROVED"');
    expect(notYet.text).not.toContain('data-finalist=');

    const empty = await form('/me/investor', '/me/investor', {
      organisation: '',
      kind: '',
      interests: '',
    });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('aria-invalid="true"');
    const sent = await form('/me/investor', '/me/investor', {
      organisation: 'Quỹ Đổi mới sáng tạo miền Trung',
      kind: 'angel',
      interests: 'Du lịch cộng đồng',
    });
    expect(sent.status).toBe(200);
    expect(sent.text).toContain('data-status="pending"');
    const profile = await db.manager.findOneByOrFail(InvestorProfile, { userId: user.id });
    await send(
      'post',
      `/api/v1/investors/${profile.id}/decision`,
      { approve: true },
      organizer,
    ).expect(200);

    const page = (await browser.get(finalistsPage).expect(200)).text;
    const shown = fixture.finalists.idea[0];
    expect(page).toContain(`data-finalist="${shown.code}"`);
    expect(page).not.toContain(`data-finalist="${fixture.finalists.idea[1].code}"`);
    const slotId = await addSlot('16:00', '16:20', 'Bàn 11');
    const meet = `${finalistsPage}/${shown.id}/meet`;
    const noNote = await form(finalistsPage, meet, {
      slotId: '',
      laterNote: '',
      message: 'Xin gặp',
    });
    expect(noNote.status).toBe(400);
    expect(noNote.text).toContain('aria-invalid="true"');
    const asked = await form(finalistsPage, meet, { slotId, laterNote: '', message: 'Xin gặp' });
    expect(asked.status).toBe(303);
    expect(asked.headers.location).toBe('/me/meetings?requested=1');
    const mine = (await browser.get(asked.headers.location).expect(200)).text;
    expect(mine).toContain('data-requested');
    expect(mine).toMatch(/16:00–16:20, Bàn 11/);
    // The slot is no longer offered; forced anyway, it is refused beside the field.
    expect((await browser.get(finalistsPage).expect(200)).text).not.toContain(`value="${slotId}"`);
    const taken = await form(finalistsPage, meet, { slotId, laterNote: '', message: 'Lần nữa' });
    expect(taken.status).toBe(409);
    expect(taken.text).toContain('Khung giờ này vừa có người đặt');
  });
});
