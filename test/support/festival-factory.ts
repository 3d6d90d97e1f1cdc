import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { FestivalPass } from '@app/festival/check-in/festival-pass.entity';
import { newPassToken, newShortCode } from '@app/festival/check-in/pass-codes';
import { Festival } from '@app/festival/programme/festival.entity';
import { FestivalBooth } from '@app/festival/programme/festival-booth.entity';
import { FestivalSession } from '@app/festival/programme/festival-session.entity';

/** A festival day in one line: `await createFestival(db, contestId, { published: true })`. */
export async function createFestival(
  db: DataSource,
  contestId: string,
  input: Partial<Festival> & { published?: boolean } = {},
): Promise<Festival> {
  const { published, ...fields } = input;
  const festival = db.manager.create(Festival, {
    contestId,
    date: '2026-12-20',
    venue: 'Trung tâm Hội nghị tỉnh Quảng Ngãi, 1 Hùng Vương',
    nameVi: 'Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Quảng Ngãi 2026',
    nameEn: 'Quảng Ngãi Innovation Startup Festival 2026',
    descriptionVi: 'Khai mạc, tọa đàm chuyên đề, triển lãm sản phẩm và chung kết cuộc thi.',
    descriptionEn: 'Opening, seminars, a product exhibition and the final of the contest.',
    publishedAt: published ? new Date() : null,
    ...fields,
  });
  await db.manager.insert(Festival, festival);
  return festival;
}

export async function createFestivalSession(
  db: DataSource,
  festival: Festival,
  input: Partial<FestivalSession> = {},
): Promise<FestivalSession> {
  const session = db.manager.create(FestivalSession, {
    festivalId: festival.id,
    kind: 'seminar',
    titleVi: 'Tọa đàm: chuyển đổi số trong sản xuất nông nghiệp và du lịch cộng đồng',
    titleEn: 'Seminar: digital transformation in farming and community tourism',
    startTime: '09:45',
    endTime: '11:00',
    room: 'Phòng hội thảo tầng 2',
    speakers: [{ name: 'TS. Nguyễn Thị Phương Thảo', title: 'Quỹ Đổi mới công nghệ quốc gia' }],
    descriptionVi: 'Các nhà đầu tư và đội thi trao đổi về gọi vốn.',
    descriptionEn: 'Investors and teams talk about raising funds.',
    ...input,
  });
  await db.manager.insert(FestivalSession, session);
  return session;
}

export async function createFestivalBooth(
  db: DataSource,
  festival: Festival,
  input: Partial<FestivalBooth> = {},
): Promise<FestivalBooth> {
  const booth = db.manager.create(FestivalBooth, {
    festivalId: festival.id,
    number: 'A1',
    entryId: null,
    partnerName: 'Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh',
    partnerShowcase: 'Nền tảng truy xuất nguồn gốc nông sản',
    ...input,
  });
  await db.manager.insert(FestivalBooth, booth);
  return booth;
}

/** A guest's pass to a festival, checked in at the door unless `checkedInAt: null` is given. */
export async function createPass(
  db: DataSource,
  festival: Festival,
  input: Partial<FestivalPass> = {},
): Promise<FestivalPass> {
  const id = randomUUID();
  const pass = db.manager.create(FestivalPass, {
    festivalId: festival.id,
    role: 'guest',
    holderKey: `guest:${id}`,
    fullName: 'Võ Thị Thanh Hương',
    email: `khach.${id.slice(0, 8)}@example.vn`,
    locale: 'vi',
    token: newPassToken(),
    shortCode: newShortCode(),
    checkedInAt: new Date(),
    ...input,
  });
  await db.manager.insert(FestivalPass, pass);
  return pass;
}
