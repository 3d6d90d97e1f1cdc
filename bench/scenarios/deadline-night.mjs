// Scenario 1, deadline night: N applicants press "submit" at the same moment (50, 200 and
// 400 at once). Each applicant has a complete draft (form, leader, pitch deck) and an API
// session. The bare baseline submits other, identical drafts at the same concurrency in
// the same run; platform and bare bursts alternate, and the worker delivers every receipt
// between bursts so mail never competes with the measured burst.
import { randomUUID } from 'node:crypto';
import { burst, request, summarise } from '../lib/drive.mjs';
import { insertRows, seedUsersWithSessions, sqlIn, sqlNow } from '../lib/seed.mjs';
import { outboxDrained, peakSampler } from '../lib/stack.mjs';

export const name = 'deadline-night';

export async function seedDrafts(db, env, count) {
  const now = sqlNow();
  const contestId = randomUUID();
  const categoryId = randomUUID();
  const prefix = `BN${randomUUID().slice(0, 6)}`.toUpperCase();
  await db.query(
    `INSERT INTO contests (id, slug, codePrefix, nameVi, nameEn, kind, descriptionVi, descriptionEn, status, registrationOpensAt, submissionDeadline, fields)
     VALUES (?, ?, ?, 'Đêm hạn chót', 'Deadline night', 'startup_competition', '-', '-', 'open', ?, ?, '[]');
     INSERT INTO contest_categories (id, contestId, \`key\`, nameVi, nameEn, position) VALUES (?, ?, 'y-tuong', 'Ý tưởng', 'Idea', 0);`,
    [contestId, prefix.toLowerCase(), prefix, sqlIn(-24), sqlIn(24), categoryId, contestId],
  );
  const users = await seedUsersWithSessions(db, env, {
    count,
    role: 'applicant',
    prefix: `${prefix.toLowerCase()}-`,
  });
  const drafts = users.map((user, i) => ({
    ...user,
    entryId: randomUUID(),
    code: `${prefix}-${i}`,
  }));
  await insertRows(
    db,
    'entries',
    [
      'id',
      'contestId',
      'categoryId',
      'ownerId',
      'code',
      'status',
      'applicantType',
      'title',
      'summary',
      'problem',
      'solution',
      'customers',
      'businessModel',
      'advantage',
      'revision',
    ],
    drafts.map((d, i) => [
      d.entryId,
      contestId,
      categoryId,
      d.id,
      d.code,
      'draft',
      'individual',
      `Ý tưởng số ${i}`,
      'Tóm tắt',
      'Vấn đề',
      'Giải pháp',
      'Khách hàng',
      'Mô hình',
      'Lợi thế',
      1,
    ]),
  );
  await insertRows(
    db,
    'entry_members',
    [
      'id',
      'entryId',
      'contestId',
      'fullName',
      'email',
      'dateOfBirth',
      'organization',
      'role',
      'userId',
      'position',
      'confirmation',
      'respondedAt',
    ],
    drafts.map((d) => [
      randomUUID(),
      d.entryId,
      contestId,
      d.name,
      d.email,
      '2001-01-01',
      'Trường ĐH',
      'leader',
      d.id,
      0,
      'confirmed',
      now,
    ]),
  );
  await insertRows(
    db,
    'entry_attachments',
    [
      'id',
      'entryId',
      'kind',
      'storageKey',
      'originalName',
      'mediaType',
      'sizeBytes',
      'sha256',
      'uploadedBy',
    ],
    drafts.map((d) => [
      randomUUID(),
      d.entryId,
      'pitch_deck',
      `bench/${d.entryId}`,
      'pitch-deck.pdf',
      'application/pdf',
      1024,
      '0'.repeat(64),
      d.id,
    ]),
  );
  return drafts;
}

export const submitTask =
  (url, path, key = () => randomUUID()) =>
  (draft) =>
  () =>
    request(url, 'POST', path(draft), {
      token: draft.token,
      headers: { 'idempotency-key': key(draft) },
    });

export async function run({ stack, bare, quick, log }) {
  const levels = quick ? [10] : [50, 200, 400];
  const rounds = quick ? 1 : 3;
  const warmUp = 20;
  const total = levels.reduce((sum, n) => sum + n, 0) * rounds * 2 + warmUp * 2;
  log(`seeding ${total} complete drafts`);
  const drafts = await seedDrafts(stack.db, stack.env, total);
  // Not measured: opens the pools' connections and warms the JIT on both sides.
  await burst(`${name}: warm-up`, [
    ...drafts
      .splice(0, warmUp)
      .map(submitTask(stack.url, (d) => `/api/v1/entries/${d.entryId}/submit`)),
    ...drafts.splice(0, warmUp).map(submitTask(bare.url, (d) => `/entries/${d.entryId}/submit`)),
  ]);
  await outboxDrained(stack);
  const rows = [];
  for (const level of levels) {
    const platform = [];
    const baseline = [];
    const sampler = peakSampler(stack.pids);
    for (let round = 0; round < rounds; round++) {
      const mine = drafts.splice(0, level);
      const theirs = drafts.splice(0, level);
      platform.push(
        await burst(
          `${name}: ${level} at once, round ${round + 1}/${rounds}, platform`,
          mine.map(submitTask(stack.url, (d) => `/api/v1/entries/${d.entryId}/submit`)),
          { cpuOf: stack.pids.portal },
        ),
      );
      await outboxDrained(stack);
      baseline.push(
        await burst(
          `${name}: ${level} at once, round ${round + 1}/${rounds}, bare`,
          theirs.map(submitTask(bare.url, (d) => `/entries/${d.entryId}/submit`)),
          { cpuOf: bare.pid },
        ),
      );
      await outboxDrained(stack);
    }
    rows.push({
      scenario: name,
      case: `${level} applicants submitting at once`,
      unit: 'submits/s',
      platform: summarise(platform),
      bare: summarise(baseline),
      peakRss: sampler.take(),
    });
  }
  // Every measured submit left exactly one snapshot and one receipt, on both sides.
  const [[check]] = await stack.db.query(
    `SELECT (SELECT COUNT(*) FROM entries WHERE status = 'submitted') AS submitted,
            (SELECT COUNT(*) FROM entry_snapshots) AS snapshots,
            (SELECT COUNT(*) FROM notifications WHERE template = 'entry-receipt' AND status = 'sent') AS receipts`,
  );
  const mails = await stack.smtp.counts();
  const checks = {
    submitted: Number(check.submitted),
    snapshots: Number(check.snapshots),
    receiptsSent: Number(check.receipts),
    mailsReceived: mails.total,
    expected: total,
  };
  const ok = Object.values(checks).every((value) => value === total);
  checks.addressesWithResends = mails.duplicates;
  return { rows, checks, ok };
}
