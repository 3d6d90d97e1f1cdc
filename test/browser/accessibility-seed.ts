import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashToken } from '@app/accounts/tokens/secret-token';
import { Role } from '@app/accounts/users/role';
import type { User } from '@app/accounts/users/user.entity';
import type { Category } from '@app/contests/categories/category.entity';
import { ContestKind, ContestStatus } from '@app/contests/contests/contest.entity';
import type { ContestQuestion } from '@app/contests/questions/contest-question.entity';
import { Round } from '@app/contests/rounds/round.entity';
import { EntryStatus } from '@app/entries/entries/entry.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import { MemberConfirmation, TeamMember } from '@app/entries/members/team-member.entity';
import { Assignment, AssignmentStatus } from '@app/judging/assignment/assignment.entity';
import { RoundEntry } from '@app/judging/assignment/round-entry.entity';
import { JudgeStatus } from '@app/judging/judges/contest-judge.entity';
import {
  ContestFixture,
  createCategory,
  createContest,
  createQuestion,
  createRound,
} from '../support/contest-factory';
import { createUser } from '../support/database';
import {
  enterRound,
  scoreEntry,
  standing,
  storeRanking,
} from '../support/judging-factory-advancement';
import { recordEntryConflict } from '../support/judging-factory-assignment';
import { addContestJudge } from '../support/judging-factory-judges';
import { listInGallery, storedImage } from '../support/gallery-factory';
import { createListedEntry } from '../support/listing-factory';
import { freeze, storedFile } from '../support/personal-data-factory';
import { announceDirectly, createAnnouncementContest } from '../support/announcement-factory';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import { createAwardsContest, createPrize } from '../support/awards-factory';
import { Certificate, CertificateKind } from '@app/results/certificates/certificate.entity';
import { FestivalPass } from '@app/festival/check-in/festival-pass.entity';
import { LiveFinal } from '@app/festival/live/live-final.entity';
import { newPassToken, newShortCode } from '@app/festival/check-in/pass-codes';
import {
  createFestival,
  createFestivalBooth,
  createFestivalSession,
} from '../support/festival-factory';

/**
 * Everything the accessibility walk needs on its pages, written straight to the database
 * with the test factories: an open contest where an applicant has a draft (with a team
 * member still to confirm from a mailed link, and a stored file) and a submitted entry,
 * and a contest in judging with two categories, two rounds, scored and unscored
 * assignments, a declared conflict and a stored ranking. Names are long and Vietnamese,
 * as real ones are, so narrow layouts meet realistic text.
 */
export interface AccessibilitySeed {
  users: Record<'applicant' | 'judge' | 'organizer' | 'admin', User>;
  open: ContestFixture;
  judging: ContestFixture;
  category: Category;
  question: ContestQuestion;
  round: Round;
  draft: Entry;
  submitted: Entry;
  screened: Entry;
  assignment: Assignment;
  invitationId: string;
  membershipToken: string;
  /** A contest whose results are announced (the public results page). */
  announced: ContestFixture;
  /** A contest whose final round is decided, with prizes, an award and a change waiting. */
  awarded: ContestFixture;
  /** The applicant's entry in the judging contest's last round, with an issued certificate. */
  finalist: Entry;
  certificateCode: string;
  /** The awarded contest's published festival: a session and a finalist's booth. */
  festivalSessionId: string;
  festivalBoothId: string;
  /** A checked-in guest's pass, while the vote is open (the secret of the pass page). */
  passToken: string;
}

const DAY_MS = 86_400_000;

const TEAMS = [
  ['Truy xuất nguồn gốc nông sản OCOP bằng mã QR', 'Nhóm Sen Hồng', 'Tư Nghĩa'],
  ['Du lịch cộng đồng Lý Sơn trải nghiệm nghề biển', 'Nhóm Biển Xanh', 'Lý Sơn'],
  ['Ứng dụng học tiếng Anh cho học sinh vùng cao', 'Nhóm Mây Trắng', 'Sơn Tây'],
  ['Máy sấy nông sản dùng năng lượng mặt trời', 'Nhóm Nắng Sớm', 'Mộ Đức'],
];

async function twoCategories(
  db: DataSource,
  contest: ContestFixture,
): Promise<[Category, Category]> {
  const second = await createCategory(db, contest, {
    key: 'du-an',
    nameVi: 'Dự án khởi nghiệp đã có sản phẩm',
    nameEn: 'Startup project with a product',
    position: 1,
  });
  return [contest.category as Category, second];
}

export async function seedAccessibility(
  db: DataSource,
  env: Record<string, string>,
): Promise<AccessibilitySeed> {
  const users = {
    applicant: await createUser(db, {
      fullName: 'Nguyễn Thị Hoa',
      organization: 'Trường Đại học Phạm Văn Đồng',
    }),
    // At a public provider: a judge sharing the teams' e-mail domain would be in conflict.
    judge: await createUser(db, {
      role: Role.judge,
      email: 'le.minh.tuan@gmail.com',
      fullName: 'Giám khảo Lê Minh Tuấn',
    }),
    organizer: await createUser(db, { role: Role.organizer, fullName: 'Trần Văn Bình' }),
    admin: await createUser(db, { role: Role.admin, fullName: 'Quản trị Phạm Thu' }),
  };

  // The open contest: the applicant's own entries and a pending judge invitation.
  const open = await createContest(db, {
    nameVi: 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh Quảng Ngãi lần thứ 5',
    nameEn: 'The 5th Quang Ngai Provincial Innovation Startup Competition',
    kind: ContestKind.startup,
    descriptionVi:
      'Dành cho **học sinh, sinh viên** và doanh nghiệp khởi nghiệp.\n\n- Ý tưởng\n- Dự án',
    descriptionEn: 'For **students** and startups.\n\n- Ideas\n- Projects',
  });
  await createPrize(db, open.id, {
    nameVi: 'Giải Nhất',
    nameEn: 'First prize',
    amount: 50_000_000,
  });
  const [, openProject] = await twoCategories(db, open);
  const question = await createQuestion(db, open, {
    labelVi: 'Sản phẩm đã có khách hàng trả tiền chưa?',
    labelEn: 'Does the product have paying customers yet?',
  });
  await createRound(db, open, { position: 1, nameVi: 'Sơ khảo', nameEn: 'Screening' });
  const draft = await createListedEntry(db, open, users.applicant, {
    status: EntryStatus.draft,
    submittedRevision: null,
    submittedAt: null,
    title: TEAMS[0][0],
    teamName: TEAMS[0][1],
    members: [
      {
        fullName: 'Lê Văn Nam',
        email: 'nam.le@example.vn',
        confirmation: MemberConfirmation.pending,
      },
    ],
  });
  await storedFile(db, env, draft.id, users.applicant.id);
  const membershipToken = randomBytes(24).toString('base64url');
  await db.manager.update(
    TeamMember,
    { entryId: draft.id, email: 'nam.le@example.vn' },
    { invitationTokenHash: hashToken(membershipToken), invitedAt: new Date() },
  );
  const submitted = await createListedEntry(db, open, users.applicant, {
    categoryId: openProject.id,
    title: TEAMS[1][0],
    teamName: TEAMS[1][1],
    district: TEAMS[1][2],
  });
  // The submitted entry is in the contest's public gallery, with a picture.
  await listInGallery(
    db,
    submitted,
    (await storedImage(db, env, submitted.id, users.applicant.id)).id,
  );
  const invitation = await addContestJudge(db, open.id, users.judge.id, {
    status: JudgeStatus.invited,
    respondedAt: null,
  });

  // The contest in judging: entries frozen at the deadline, two rounds, scores, a ranking.
  const judging = await createContest(db, {
    nameVi: 'Cuộc thi Học sinh, sinh viên với ý tưởng khởi nghiệp năm 2026',
    nameEn: 'Students with startup ideas 2026',
    kind: ContestKind.studentIdea,
    status: ContestStatus.judging,
    submissionDeadline: new Date(Date.now() - DAY_MS),
  });
  const categories = await twoCategories(db, judging);
  const round = await createRound(db, judging, {
    position: 1,
    nameVi: 'Sơ khảo trực tuyến',
    nameEn: 'Online screening',
    judgingOpensAt: new Date(Date.now() - DAY_MS),
    judgingClosesAt: new Date(Date.now() + 7 * DAY_MS),
  });
  const lastRound = await createRound(db, judging, {
    position: 2,
    nameVi: 'Bán kết',
    nameEn: 'Semi-final',
  });
  await addContestJudge(db, judging.id, users.judge.id);
  const others = await Promise.all(
    [0, 1].map((n) =>
      createUser(db, {
        email: `giam.khao.phu.${n + 1}@gmail.com`,
        fullName: `Giám khảo phụ ${n + 1}`,
        role: Role.judge,
      }),
    ),
  );
  for (const other of others) await addContestJudge(db, judging.id, other.id);
  const entries: Entry[] = [];
  for (const [n, [title, teamName, district]] of TEAMS.entries()) {
    const owner = await createUser(db, { fullName: `Trưởng nhóm ${teamName}` });
    const entry = await createListedEntry(db, judging, owner, {
      status: EntryStatus.eligible,
      categoryId: categories[n % 2].id,
      title,
      teamName,
      district,
      organization: 'Trường Đại học Phạm Văn Đồng',
      summary: 'Giải pháp **thiết thực** cho địa phương.',
      problem: 'Nông dân mất 20% sản lượng sau thu hoạch.',
      solution: '- Tem QR\n- Nhật ký điện tử',
    });
    await freeze(db, entry);
    entries.push(entry);
  }
  await enterRound(db, round, entries);
  const values = (a: number, b: number, c: number) => ({
    'doi-moi': a,
    'kha-thi': b,
    'doi-ngu': c,
  });
  for (const [n, entry] of entries.entries()) {
    for (const [j, other] of others.entries())
      await scoreEntry(db, round, entry, other.id, {
        values: values(30 - n * 2, 22 + j, 20 + n),
        commentForTeam: 'Cần làm rõ mô hình kinh doanh.',
      });
  }
  await scoreEntry(db, round, entries[0], users.judge.id, {
    values: values(35, 25, 24),
    commentForTeam: 'Ý tưởng tốt, đội ngũ mạnh.',
  });
  const assignment = db.manager.create(Assignment, {
    roundId: round.id,
    entryId: entries[1].id,
    judgeUserId: users.judge.id,
    status: AssignmentStatus.assigned,
    dueAt: new Date(Date.now() + 3 * DAY_MS),
  });
  await db.manager.insert(Assignment, assignment);
  await recordEntryConflict(db, judging.id, users.judge.id, entries[3].id, users.organizer.id);
  await storeRanking(
    db,
    round,
    entries.map((entry, n) =>
      standing(entry, categories[n % 2], { total: 80 - n * 6, reviews: 2 + (n === 0 ? 1 : 0) }),
    ),
  );
  const announced = await createAnnouncementContest(db);
  await announceDirectly(db, announced, users.organizer.id);

  const awarded = await seedAwards(db, users.admin.id);
  const festival = await seedFestival(db, awarded.id);
  // The applicant's team in the last round, with a certificate already issued.
  const finalist = await createListedEntry(db, judging, users.applicant, {
    status: EntryStatus.advanced,
    title: 'Nền tảng kết nối du lịch homestay Măng Đen',
    teamName: 'Nhóm Thông Xanh',
    members: [{ fullName: 'Phạm Thị Thu Trang', email: 'thu.trang@example.vn' }],
  });
  await enterRound(db, lastRound, [finalist]);
  const certificateCode = '7KQ2-M9XD-4RTA';
  await db.manager.insert(Certificate, {
    code: certificateCode,
    contestId: judging.id,
    entryId: finalist.id,
    memberId: finalist.members[1].id,
    kind: CertificateKind.participation,
    prizeKey: '',
  });
  return {
    awarded,
    ...festival,
    users,
    announced: announced.contest,
    open,
    judging,
    finalist,
    certificateCode,
    category: categories[1],
    question,
    round,
    draft,
    submitted,
    screened: entries[2],
    assignment,
    invitationId: invitation.id,
    membershipToken,
  };
}

/** A published festival day: sessions of several kinds, a finalist's booth and a partner's. */
async function seedFestival(db: DataSource, contestId: string) {
  const festival = await createFestival(db, contestId, { published: true });
  await createFestivalSession(db, festival, {
    kind: 'opening',
    titleVi: 'Khai mạc và phát động cuộc thi lần thứ 6',
    titleEn: 'Opening and launch of the 6th edition',
    startTime: '08:00',
    endTime: '09:30',
    speakers: [],
  });
  const session = await createFestivalSession(db, festival);
  await createFestivalSession(db, festival, {
    kind: 'final_pitches',
    titleVi: 'Chung kết: các đội trình bày trước hội đồng giám khảo',
    titleEn: 'Final: teams pitch to the judges',
    startTime: '13:30',
    endTime: '16:30',
  });
  // A finalist: an entry of the contest's last round (read here without loading the libs' modules).
  const [lastRound] = await db.manager.find(Round, {
    where: { contestId },
    order: { position: 'DESC' },
    take: 1,
  });
  const [finalist] = await db.manager.find(RoundEntry, {
    where: { roundId: lastRound.id },
    take: 1,
  });
  const booth = await createFestivalBooth(db, festival, {
    number: 'A12',
    entryId: finalist.entryId,
    partnerName: null,
    partnerShowcase: null,
  });
  await createFestivalBooth(db, festival, { number: 'B3' });
  const passToken = newPassToken();
  await db.manager.insert(FestivalPass, {
    festivalId: festival.id,
    role: 'guest',
    holderKey: `guest:${randomUUID()}`,
    fullName: 'Võ Thị Thanh Hương',
    email: 'thanh.huong@example.vn',
    locale: 'vi',
    token: passToken,
    shortCode: newShortCode(),
    checkedInAt: new Date(),
  });
  // The people's choice is open: the pass page and the public ballot show the finalists.
  await db.manager.insert(
    LiveFinal,
    db.manager.create(LiveFinal, { festivalId: festival.id, votingOpenedAt: new Date() }),
  );
  return { festivalSessionId: session.id, festivalBoothId: booth.id, passToken };
}

/** Prizes of a decided contest: one awarded as proposed, a special one waiting for a second organizer. */
async function seedAwards(db: DataSource, proposerId: string): Promise<ContestFixture> {
  const titles = [...TEAMS.map(([title]) => title), 'Chuỗi cà phê sạch Ba Tơ'];
  const fixture = await createAwardsContest(db, { titles });
  const first = await createPrize(db, fixture.contest.id, { kind: 'first', nameVi: 'Giải Nhất' });
  await createPrize(db, fixture.contest.id, { kind: 'second', quantity: 2, position: 1 });
  const special = await createPrize(db, fixture.contest.id, {
    kind: 'special',
    nameVi: 'Giải ý tưởng của nhóm nữ khởi nghiệp',
    position: 2,
  });
  const award = (prizeId: string, entryId: string, slot: AwardSlot, reason: string | null) =>
    db.manager.create(Award, {
      contestId: fixture.contest.id,
      prizeId,
      entryId,
      slot,
      seat: slot === AwardSlot.confirmed ? 1 : null,
      fromProposal: reason === null,
      reason,
      replacesAwardId: null,
      proposedBy: proposerId,
      confirmedBy: slot === AwardSlot.confirmed ? proposerId : null,
      confirmedAt: slot === AwardSlot.confirmed ? new Date() : null,
      supersededBy: null,
      supersededAt: null,
    });
  await db.manager.insert(Award, [
    award(first.id, fixture.finalists.idea[0].id, AwardSlot.confirmed, null),
    award(
      special.id,
      fixture.finalists.project[1].id,
      AwardSlot.pending,
      'Nhóm do nữ sinh làm trưởng nhóm, sản phẩm đã bán thử.',
    ),
  ]);
  return fixture.contest;
}
