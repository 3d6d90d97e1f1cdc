import { vietnamTime } from '@app/platform';
import type { Category } from '../categories/category.entity';
import { ContestKind, ContestStatus } from '../contests/contest.entity';
import type { Contest, ContestField } from '../contests/contest.entity';
import type { Prize } from '../prizes/prize.entity';
import { QuestionKind } from '../questions/contest-question.entity';
import type { ContestQuestion } from '../questions/contest-question.entity';
import { RoundMode } from '../rounds/round.entity';
import type { Criterion, Round } from '../rounds/round.entity';

/** A demo contest with its parts, inserted together. */
export interface DemoContest {
  contest: Partial<Contest>;
  categories: Partial<Category>[];
  rounds: Partial<Round>[];
  questions: Partial<ContestQuestion>[];
  prizes: Partial<Prize>[];
}

const FIELDS: ContestField[] = [
  {
    key: 'nong-nghiep-cnc',
    labelVi: 'Nông nghiệp công nghệ cao',
    labelEn: 'High-tech agriculture',
  },
  { key: 'du-lich-dich-vu', labelVi: 'Du lịch - dịch vụ', labelEn: 'Tourism and services' },
  { key: 'cong-nghe-so', labelVi: 'Công nghệ số', labelEn: 'Digital technology' },
  { key: 'san-pham-ocop', labelVi: 'Sản phẩm OCOP', labelEn: 'OCOP products' },
  { key: 'giao-duc', labelVi: 'Giáo dục', labelEn: 'Education' },
  { key: 'y-te', labelVi: 'Y tế - chăm sóc sức khoẻ', labelEn: 'Health and care' },
  { key: 'tac-dong-xa-hoi', labelVi: 'Tác động xã hội', labelEn: 'Social impact' },
];

const PRIZES: Partial<Prize>[] = (
  [
    { kind: 'first', nameVi: 'Giải Nhất', nameEn: 'First prize', quantity: 1, amount: 50_000_000 },
    { kind: 'second', nameVi: 'Giải Nhì', nameEn: 'Second prize', quantity: 2, amount: 30_000_000 },
    { kind: 'third', nameVi: 'Giải Ba', nameEn: 'Third prize', quantity: 3, amount: 20_000_000 },
    {
      kind: 'consolation',
      nameVi: 'Giải Khuyến khích',
      nameEn: 'Encouragement prize',
      quantity: 5,
      amount: 5_000_000,
    },
  ] satisfies Partial<Prize>[]
).map((prize, position) => ({ ...prize, position }));

const c = (
  key: string,
  maxScore: number,
  labelVi: string,
  labelEn: string,
  guidanceVi: string,
  guidanceEn: string,
): Criterion => ({ key, labelVi, labelEn, guidanceVi, guidanceEn, weight: 1, maxScore });

/** The provincial 100-point rubric. */
export const PROVINCIAL_RUBRIC: Criterion[] = [
  c(
    'doi-moi-sang-tao',
    25,
    'Tính đổi mới sáng tạo',
    'Innovation',
    'Mức độ mới của giải pháp so với những gì đang có trên thị trường.',
    'How new the solution is compared with what the market already offers.',
  ),
  c(
    'kha-thi-thi-truong',
    20,
    'Tính khả thi và thị trường',
    'Feasibility and market',
    'Khả năng triển khai, quy mô và nhu cầu thực của thị trường mục tiêu.',
    'Whether it can be built, and the size and real demand of the target market.',
  ),
  c(
    'mo-hinh-kinh-doanh',
    20,
    'Mô hình kinh doanh',
    'Business model',
    'Nguồn doanh thu, chi phí, kênh phân phối và khả năng sinh lời.',
    'Revenue streams, costs, channels and the path to profit.',
  ),
  c(
    'nang-luc-doi-ngu',
    15,
    'Năng lực đội ngũ',
    'Team',
    'Kinh nghiệm, kỹ năng bổ trợ và cam kết của các thành viên.',
    'Experience, complementary skills and commitment of the members.',
  ),
  c(
    'tac-dong-kinh-te-xa-hoi',
    10,
    'Tác động kinh tế - xã hội',
    'Socio-economic impact',
    'Việc làm, thu nhập cho người dân địa phương, môi trường và cộng đồng.',
    'Jobs, local incomes, the environment and the community.',
  ),
  c(
    'ky-nang-trinh-bay',
    10,
    'Kỹ năng trình bày',
    'Presentation',
    'Hồ sơ rõ ràng, thuyết trình mạch lạc, trả lời câu hỏi thuyết phục.',
    'A clear file, a coherent pitch and convincing answers.',
  ),
];

const rounds = (year: number): Partial<Round>[] =>
  [
    {
      position: 1,
      nameVi: 'Vòng sơ khảo',
      nameEn: 'Screening round',
      mode: RoundMode.online,
      reviewsPerEntry: 3,
      judgingOpensAt: vietnamTime(year + 1, 4, 5, 8),
      judgingClosesAt: vietnamTime(year + 1, 4, 25, 17),
    },
    {
      position: 2,
      nameVi: 'Vòng bán kết',
      nameEn: 'Semi-final',
      mode: RoundMode.online,
      reviewsPerEntry: 5,
      judgingOpensAt: vietnamTime(year + 1, 5, 5, 8),
      judgingClosesAt: vietnamTime(year + 1, 5, 20, 17),
    },
    {
      position: 3,
      nameVi: 'Vòng chung kết - Ngày hội khởi nghiệp',
      nameEn: 'Live final - Startup Festival Day',
      mode: RoundMode.live,
      reviewsPerEntry: 7,
      judgingOpensAt: vietnamTime(year + 1, 6, 14, 7, 30),
      judgingClosesAt: vietnamTime(year + 1, 6, 14, 17),
    },
  ].map((round) => ({ ...round, criteria: PROVINCIAL_RUBRIC, rubricLockedAt: null }));

const QUESTIONS: Partial<ContestQuestion>[] = [
  {
    key: 'da-co-khach-hang',
    labelVi: 'Sản phẩm đã có khách hàng chưa?',
    labelEn: 'Does the product have customers yet?',
    kind: QuestionKind.choice,
    required: true,
    position: 0,
    options: ['Chưa có', 'Đang thử nghiệm với khách hàng', 'Đã có khách hàng trả tiền'],
  },
  {
    key: 'so-lao-dong-du-kien',
    labelVi: 'Số lượng lao động dự kiến',
    labelEn: 'Expected number of workers',
    kind: QuestionKind.number,
    required: false,
    position: 1,
    options: null,
  },
  {
    key: 'website',
    labelVi: 'Trang web hoặc fanpage của dự án',
    labelEn: 'Website or page of the project',
    kind: QuestionKind.url,
    required: false,
    position: 2,
    options: null,
  },
];

export function demoEdition(year: number): DemoContest[] {
  return [
    {
      contest: {
        slug: `khoi-nghiep-dmst-lan-5-${year}`,
        codePrefix: 'QNG5',
        nameVi: 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh Quảng Ngãi lần thứ 5',
        nameEn: 'The 5th Quang Ngai Provincial Innovation Startup Competition',
        kind: ContestKind.startup,
        descriptionVi:
          'Cuộc thi dành cho các dự án, ý tưởng khởi nghiệp đổi mới sáng tạo của cá nhân, nhóm và doanh nghiệp khởi nghiệp. Hai bảng thi: **Ý tưởng** và **Dự án**. Ba vòng: sơ khảo, bán kết và chung kết trực tiếp tại Ngày hội khởi nghiệp.',
        descriptionEn:
          'For innovative startup ideas and projects of individuals, teams and startups. Two categories: **Idea** and **Project**. Three rounds: screening, semi-final and a live final at the Startup Festival Day.',
        rulesVi:
          '## Thể lệ\n\n1. Mỗi người chỉ tham gia một dự án.\n2. Hồ sơ gồm phiếu đăng ký và bài thuyết trình (PDF).\n3. Hạn nộp hồ sơ theo giờ Việt Nam.',
        rulesEn:
          '## Rules\n\n1. Each person may join one entry only.\n2. An entry is the form and a pitch deck (PDF).\n3. The deadline is in Vietnam time.',
        status: ContestStatus.open,
        registrationOpensAt: vietnamTime(year, 1, 1, 0),
        submissionDeadline: vietnamTime(year + 1, 3, 31, 23, 59),
        graceMinutes: 15,
        blindJudging: true,
        eligibility: { onePersonOneEntry: true, minAge: 16 },
        fields: FIELDS,
      },
      prizes: PRIZES,
      categories: [
        {
          key: 'y-tuong',
          nameVi: 'Ý tưởng',
          nameEn: 'Idea',
          position: 0,
          descriptionVi: 'Ý tưởng khởi nghiệp chưa thành lập doanh nghiệp.',
          descriptionEn: 'A startup idea without a registered company yet.',
          eligibility: {
            applicantTypes: ['individual', 'team', 'student'],
            teamSizeMin: 1,
            teamSizeMax: 5,
            minAge: 16,
            maxAge: 35,
          },
        },
        {
          key: 'du-an',
          nameVi: 'Dự án',
          nameEn: 'Project',
          position: 1,
          descriptionVi:
            'Dự án, doanh nghiệp khởi nghiệp thành lập không quá 5 năm tính đến hạn nộp hồ sơ.',
          descriptionEn: 'A project or startup registered at most 5 years before the deadline.',
          eligibility: {
            applicantTypes: ['startup', 'team'],
            startupMaxAgeYears: 5,
            teamSizeMin: 1,
            teamSizeMax: 7,
          },
        },
      ],
      rounds: rounds(year),
      questions: QUESTIONS,
    },
    {
      contest: {
        slug: `hssv-y-tuong-khoi-nghiep-${year}`,
        codePrefix: 'HSSV',
        nameVi: 'Học sinh, sinh viên với ý tưởng khởi nghiệp',
        nameEn: 'Students with Startup Ideas',
        kind: ContestKind.studentIdea,
        descriptionVi:
          'Cuộc thi ý tưởng khởi nghiệp dành cho học sinh, sinh viên trên địa bàn tỉnh.',
        descriptionEn: 'A startup idea contest for pupils and students of the province.',
        rulesVi: null,
        rulesEn: null,
        status: ContestStatus.open,
        registrationOpensAt: vietnamTime(year, 1, 1, 0),
        submissionDeadline: vietnamTime(year + 1, 2, 28, 17, 0),
        graceMinutes: 0,
        blindJudging: false,
        eligibility: {
          applicantTypes: ['student', 'team'],
          minAge: 15,
          maxAge: 25,
          teamSizeMin: 1,
          teamSizeMax: 5,
          organizationRequired: true,
          onePersonOneEntry: true,
        },
        fields: FIELDS,
      },
      prizes: PRIZES.map((p) => ({ ...p, amount: (p.amount ?? 0) / 5 })),
      categories: [
        {
          key: 'hoc-sinh-sinh-vien',
          nameVi: 'Học sinh - sinh viên',
          nameEn: 'Pupils and students',
          position: 0,
          descriptionVi: null,
          descriptionEn: null,
          eligibility: null,
        },
      ],
      rounds: [
        {
          position: 1,
          nameVi: 'Vòng sơ khảo',
          nameEn: 'Screening round',
          mode: RoundMode.online,
          reviewsPerEntry: 3,
          judgingOpensAt: vietnamTime(year + 1, 3, 5, 8),
          judgingClosesAt: vietnamTime(year + 1, 3, 20, 17),
          criteria: PROVINCIAL_RUBRIC,
          rubricLockedAt: null,
        },
      ],
      questions: [],
    },
  ];
}
