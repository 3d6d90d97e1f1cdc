import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Role, User, UserAdminService } from '@app/accounts';
import { TransactionRunner } from '@app/platform';
import { Contest, ContestKind, ContestStatus } from '../contests/contest.entity';

export const DEMO_PASSWORD = 'khoinghiep-demo-2026';

export const DEMO_ACCOUNTS = [
  {
    email: 'organizer@demo.khoinghiep.vn',
    fullName: 'Ban Tổ chức (demo)',
    role: Role.organizer,
    organization: 'Sở Khoa học và Công nghệ',
  },
  {
    email: 'judge@demo.khoinghiep.vn',
    fullName: 'Giám khảo Trần Minh (demo)',
    role: Role.judge,
    organization: 'Trường Đại học Phạm Văn Đồng',
  },
  {
    email: 'applicant@demo.khoinghiep.vn',
    fullName: 'Nguyễn Thị Lan (demo)',
    role: Role.applicant,
    organization: 'Trường THPT chuyên Lê Khiết',
  },
] as const;

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving). */
function vietnamTime(year: number, month: number, day: number, hour: number, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour - 7, minute));
}

/**
 * Demo data for a first look at the platform: the 5th provincial competition and a
 * student idea contest, and one account per role. Idempotent: what exists is kept.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Contest) private readonly contests: Repository<Contest>,
    private readonly userAdmin: UserAdminService,
    private readonly tx: TransactionRunner,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.users.count()) === 0 && (await this.contests.count()) === 0;
  }

  async seed(now = new Date()): Promise<{ accounts: typeof DEMO_ACCOUNTS; password: string }> {
    for (const account of DEMO_ACCOUNTS) {
      if (await this.users.exists({ where: { email: account.email } })) continue;
      await this.userAdmin.create(
        { ...account, password: DEMO_PASSWORD, locale: 'vi' },
        'demo-seed',
      );
    }
    const year = now.getUTCFullYear();
    await this.tx.run(async (manager) => {
      for (const contest of demoContests(year)) {
        const exists = await manager.exists(Contest, { where: { slug: contest.slug } });
        if (!exists) await manager.insert(Contest, contest);
      }
    });
    this.logger.log('Demo data is in place');
    return { accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };
  }
}

function demoContests(year: number): Partial<Contest>[] {
  return [
    {
      slug: `khoi-nghiep-dmst-lan-5-${year}`,
      codePrefix: 'QNG5',
      nameVi: 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh Quảng Ngãi lần thứ 5',
      nameEn: 'The 5th Quang Ngai Provincial Innovation Startup Competition',
      kind: ContestKind.startup,
      descriptionVi:
        'Cuộc thi dành cho các dự án, ý tưởng khởi nghiệp đổi mới sáng tạo của cá nhân, nhóm và doanh nghiệp khởi nghiệp. Hai bảng thi: Ý tưởng và Dự án. Ba vòng: sơ khảo, bán kết, chung kết tại Ngày hội khởi nghiệp.',
      descriptionEn:
        'For innovative startup ideas and projects of individuals, teams and startups. Two categories: Idea and Project. Three rounds: screening, semi-final and a live final at the Startup Festival Day.',
      status: ContestStatus.open,
      registrationOpensAt: vietnamTime(year, 1, 1, 0),
      submissionDeadline: vietnamTime(year + 1, 3, 31, 23, 59),
    },
    {
      slug: `hssv-y-tuong-khoi-nghiep-${year}`,
      codePrefix: 'HSSV',
      nameVi: 'Học sinh, sinh viên với ý tưởng khởi nghiệp',
      nameEn: 'Students with Startup Ideas',
      kind: ContestKind.studentIdea,
      descriptionVi: 'Cuộc thi ý tưởng khởi nghiệp dành cho học sinh, sinh viên trên địa bàn tỉnh.',
      descriptionEn: 'A startup idea contest for pupils and students of the province.',
      status: ContestStatus.open,
      registrationOpensAt: vietnamTime(year, 1, 1, 0),
      submissionDeadline: vietnamTime(year + 1, 2, 28, 17, 0),
    },
  ];
}
