import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { ContestStatus } from '@app/contests/contests/contest.entity';
import { Round } from '@app/contests/rounds/round.entity';
import { QuestionKind } from '@app/contests/questions/contest-question.entity';
import type { RoundVisibility } from '@app/contests/rounds/round-policy';
import { Attachment, AttachmentKind } from '@app/entries/attachments/attachment.entity';
import { Entry } from '@app/entries/entries/entry.entity';
import { TeamMember } from '@app/entries/members/team-member.entity';
import { EntrySnapshot } from '@app/entries/snapshots/entry-snapshot.entity';
import { snapshotContent } from '@app/entries/snapshots/snapshot-content';
import { Assignment, AssignmentStatus } from '@app/judging/assignment/assignment.entity';
import { ContestJudge, JudgeStatus } from '@app/judging/judges/contest-judge.entity';
import { createUser, FACTORY_PASSWORD } from './database';
import { ContestFixture, createContest, createQuestion, createRound } from './contest-factory';
import { identifiedPdf } from './identified-pdf';
import { createListedEntry } from './listing-factory';

/**
 * A round ready for scoring, built in the database: a contest in judging, a round with the
 * factory rubric (40/30/30), entries with identifiable teams (down to links in their text
 * and the author in their PDF's metadata) and a stored PDF, judges
 * signed in with accepted invitations, and every judge assigned to every entry.
 *
 *   const s = await scoringScenario(url, db, env, { blind: true, judges: 2 });
 *   await request(url).get(`/api/v1/judging/assignments/${s.assignment(0, 0).id}`).set(s.judges[0].auth);
 *
 * Every e-mail is at a public provider so no conflict is detected unless a test records one.
 */

export interface SignedInJudge {
  id: string;
  email: string;
  fullName: string;
  auth: { authorization: string };
}

export interface ScoringScenarioInput {
  blind?: boolean;
  judges?: number;
  /** Only the first N judges are assigned (the others are spare, e.g. for a replacement). */
  assignedJudges?: number;
  entries?: number;
  visibility?: RoundVisibility | null;
  judgingOpensAt?: Date | null;
  judgingClosesAt?: Date | null;
}

export interface ScoringScenario {
  contest: ContestFixture;
  round: Round;
  entries: Entry[];
  judges: SignedInJudge[];
  /** Everything that names a team: must never reach a judge of a blind contest. */
  identities: string[];
  /** The assignment of judge `j` on entry `e`. */
  assignment(judge: number, entry: number): Assignment;
  attachmentOf(entry: number): Attachment;
}

const tag = () => randomBytes(3).toString('hex');

export async function signInWith(
  url: string,
  db: DataSource,
  input: { role: Role; email: string; fullName: string; organization?: string | null },
): Promise<SignedInJudge> {
  const user = await createUser(db, input);
  const login = await request(url)
    .post('/api/v1/auth/login')
    .send({ email: user.email, password: FACTORY_PASSWORD })
    .expect(200);
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    auth: { authorization: `Bearer ${login.body.accessToken as string}` },
  };
}

export async function scoringScenario(
  url: string,
  db: DataSource,
  env: Record<string, string>,
  input: ScoringScenarioInput = {},
): Promise<ScoringScenario> {
  const contest = await createContest(db, {
    status: ContestStatus.judging,
    blindJudging: input.blind ?? false,
    submissionDeadline: new Date(Date.now() - 86_400_000),
  });
  const round = await createRound(db, contest, {
    judgingOpensAt: input.judgingOpensAt ?? new Date(Date.now() - 3_600_000),
    judgingClosesAt:
      input.judgingClosesAt === undefined
        ? new Date(Date.now() + 7 * 86_400_000)
        : input.judgingClosesAt,
    visibility: input.visibility ?? null,
  });
  // A free-text answer may name the school; a choice answer cannot.
  const schoolQuestion = await createQuestion(db, contest, {
    key: 'truong-hoc',
    kind: QuestionKind.shortText,
  });
  const customersQuestion = await createQuestion(db, contest, {
    key: 'co-khach-hang',
    kind: QuestionKind.choice,
    options: ['Có', 'Chưa'],
  });
  const identities: string[] = [];
  const entries: Entry[] = [];
  const attachments: Attachment[] = [];
  for (let n = 0; n < (input.entries ?? 1); n++) {
    const t = tag();
    const ownerName = `Trần Thị Bảo Mật ${t}`;
    const owner = await createUser(db, {
      email: `truong.nhom.${t}@gmail.com`,
      fullName: ownerName,
      organization: `Trường THPT Chuyên Bí Danh ${t}`,
    });
    const member = {
      fullName: `Lê Văn Ẩn Danh ${t}`,
      email: `thanh.vien.${t}@yahoo.com`,
      organization: `Công ty Kín Tiếng ${t}`,
    };
    const entry = await createListedEntry(db, contest, owner, {
      teamName: `Đội Bóng Đêm ${t}`,
      organization: `Hợp tác xã Giấu Tên ${t}`,
      district: `Huyện Sơn Ẩn ${t}`,
      summary: 'Máy sấy nông sản dùng năng lượng mặt trời.',
      problem: '**Nông dân** mất 20% sản lượng sau thu hoạch.',
      solution: `Máy sấy giá rẻ. Xem https://doi-bong-dem-${t}.vn/gioi-thieu hoặc viết cho lien.he.${t}@doibongdem.vn.`,
      videoUrl: `https://video.example.vn/doi-bong-dem-${t}`,
      customers: 'Hợp tác xã.',
      businessModel: 'Bán máy và dịch vụ bảo trì.',
      members: [member],
      answers: {
        [schoolQuestion.key]: `Trường THPT Chuyên Bí Danh ${t}`,
        [customersQuestion.key]: 'Có',
      },
    });
    identities.push(
      ownerName,
      owner.email,
      owner.organization!,
      member.fullName,
      member.email,
      member.organization,
      entry.teamName!,
      entry.organization!,
      entry.district!,
      `Ho-so-${t}-Bao-Mat.pdf`,
      `doi-bong-dem-${t}`,
      `lien.he.${t}`,
    );
    const attachment = await storedPdf(db, env, entry.id, owner.id, `Ho-so-${t}-Bao-Mat.pdf`);
    const members = await db.manager.find(TeamMember, {
      where: { entryId: entry.id },
      order: { position: 'ASC' },
    });
    await db.manager.save(
      db.manager.create(EntrySnapshot, {
        entryId: entry.id,
        revision: 1,
        content: snapshotContent(entry, 'y-tuong', members, [attachment]),
      }),
    );
    entries.push(entry);
    attachments.push(attachment);
  }
  const judges: SignedInJudge[] = [];
  for (let j = 0; j < (input.judges ?? 1); j++) {
    const t = tag();
    const judge = await signInWith(url, db, {
      role: Role.judge,
      email: `giam.khao.${t}@gmail.com`,
      fullName: `Giám khảo Nguyễn ${t}`,
      organization: `Viện Nghiên cứu ${t}`,
    });
    await db.manager.insert(ContestJudge, {
      contestId: contest.id,
      userId: judge.id,
      status: JudgeStatus.accepted,
      categoryKeys: null,
      fieldKeys: null,
      invitedBy: null,
      respondedAt: new Date(),
    });
    judges.push(judge);
  }
  const assignments = new Map<string, Assignment>();
  for (const [j, judge] of judges.slice(0, input.assignedJudges ?? judges.length).entries())
    for (const [e, entry] of entries.entries()) {
      const assignment = db.manager.create(Assignment, {
        roundId: round.id,
        entryId: entry.id,
        judgeUserId: judge.id,
        status: AssignmentStatus.assigned,
        dueAt: new Date(Date.now() + (e + 1) * 86_400_000),
      });
      await db.manager.insert(Assignment, assignment);
      assignments.set(`${j}:${e}`, assignment);
    }
  return {
    contest,
    round,
    entries,
    judges,
    identities,
    assignment: (judge, entry) => assignments.get(`${judge}:${entry}`)!,
    attachmentOf: (entry) => attachments[entry],
  };
}

/** A real two-page PDF with identifying metadata under the portal's storage root, and its row. */
async function storedPdf(
  db: DataSource,
  env: Record<string, string>,
  entryId: string,
  uploadedBy: string,
  originalName: string,
): Promise<Attachment> {
  const id = randomBytes(16).toString('hex');
  const key = `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
  // A deck as authoring tools leave it: author, title and creator in its metadata.
  const bytes = await identifiedPdf();
  const path = join(env.STORAGE_DIR ?? join(env.VAR_DIR, 'uploads'), key);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  const attachment = db.manager.create(Attachment, {
    entryId,
    kind: AttachmentKind.pitchDeck,
    storageKey: key,
    originalName,
    mediaType: 'application/pdf',
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    uploadedBy,
  });
  await db.manager.insert(Attachment, attachment);
  return attachment;
}

/** Moves the round's judging window (e.g. to close it). */
export async function setJudgingWindow(
  db: DataSource,
  round: Round,
  window: { judgingOpensAt?: Date | null; judgingClosesAt?: Date | null },
): Promise<void> {
  await db.manager.update(Round, { id: round.id }, window);
}
