import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Role, User, UserAdminService } from '@app/accounts';
import { TransactionRunner } from '@app/platform';
import { Category } from '../categories/category.entity';
import { Contest } from '../contests/contest.entity';
import { Prize } from '../prizes/prize.entity';
import { ContestQuestion } from '../questions/contest-question.entity';
import { Round } from '../rounds/round.entity';
import { demoEdition } from './demo-edition';

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

/**
 * Demo data for a first look at the platform: the 5th provincial competition (two
 * categories, three rounds with the 100-point rubric, extra questions) and a student
 * idea contest, and one account per role. Idempotent: a contest whose slug exists is kept
 * as it is.
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
      for (const demo of demoEdition(year)) {
        // Kept when either its slug or its code prefix is taken (a seed in a later year).
        const exists = await manager.exists(Contest, {
          where: [{ slug: demo.contest.slug }, { codePrefix: demo.contest.codePrefix }],
        });
        if (exists) continue;
        const contest = manager.create(Contest, demo.contest);
        await manager.insert(Contest, contest);
        const contestId = contest.id;
        for (const category of demo.categories)
          await manager.insert(Category, manager.create(Category, { ...category, contestId }));
        for (const round of demo.rounds)
          await manager.insert(Round, manager.create(Round, { ...round, contestId }));
        for (const question of demo.questions)
          await manager.insert(
            ContestQuestion,
            manager.create(ContestQuestion, { ...question, contestId }),
          );
        for (const prize of demo.prizes)
          await manager.insert(Prize, manager.create(Prize, { ...prize, contestId }));
      }
    });
    this.logger.log('Demo data is in place');
    return { accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };
  }
}
