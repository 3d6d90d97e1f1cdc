import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { Attachment, AttachmentKind } from '@app/entries/attachments/attachment.entity';
import { createUser, FACTORY_PASSWORD } from './database';

/**
 * Factories for the applicant's side: a signed-in applicant in one line, a complete entry
 * form, and attachment rows written straight to the database (the upload route is tested
 * on its own).
 */

export interface SignedInUser {
  id: string;
  email: string;
  token: string;
  auth: { authorization: string };
}

export async function signIn(
  url: string,
  db: DataSource,
  input: { role?: Role; verified?: boolean; dateOfBirth?: string; organization?: string } = {},
): Promise<SignedInUser> {
  const user = await createUser(db, {
    role: input.role ?? Role.applicant,
    verified: input.verified,
    organization: input.organization ?? 'Trường Đại học Phạm Văn Đồng',
  });
  await db.manager.update(
    User,
    { id: user.id },
    { dateOfBirth: input.dateOfBirth ?? '2000-05-15', gender: 'female' },
  );
  const login = await request(url)
    .post('/api/v1/auth/login')
    .send({ email: user.email, password: FACTORY_PASSWORD })
    .expect(200);
  const token = login.body.accessToken as string;
  return { id: user.id, email: user.email, token, auth: { authorization: `Bearer ${token}` } };
}

/** Every standard field a submission needs. */
export const COMPLETE_FORM = {
  summary: 'Nền tảng truy xuất nguồn gốc cho nông sản OCOP của tỉnh.',
  problem: 'Người mua không biết rõ nguồn gốc sản phẩm.',
  solution: 'Mã QR gắn với nhật ký canh tác điện tử.',
  customers: 'Hợp tác xã và chuỗi cửa hàng tiện lợi.',
  businessModel: 'Thu phí thuê bao theo năm.',
  advantage: 'Chi phí thấp, dùng được trên điện thoại phổ thông.',
  stage: 'prototype',
  fundingNeeds: '500 triệu đồng',
  videoUrl: 'https://video.example.vn/du-an',
};

/** A row of entry_attachments as the upload would leave it (the bytes are not needed here). */
export async function addAttachment(
  db: DataSource,
  entryId: string,
  uploadedBy: string,
  kind: AttachmentKind = AttachmentKind.pitchDeck,
): Promise<void> {
  const key = randomBytes(16).toString('hex');
  await db.manager.insert(Attachment, {
    entryId,
    kind,
    storageKey: `test/${key}`,
    originalName: 'pitch-deck.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 1024,
    sha256: createHash('sha256').update(key).digest('hex'),
    uploadedBy,
  });
}

/** A draft with the complete form and a pitch deck: ready to submit. */
export async function createReadyEntry(
  url: string,
  db: DataSource,
  owner: SignedInUser,
  contestId: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; code: string }> {
  const created = await request(url)
    .post(`/api/v1/contests/${contestId}/entries`)
    .set(owner.auth)
    .send({
      categoryKey: 'y-tuong',
      applicantType: 'team',
      title: `Ý tưởng ${randomBytes(3).toString('hex')}`,
      ...COMPLETE_FORM,
      ...extra,
    })
    .expect(201);
  await addAttachment(db, created.body.id, owner.id);
  return created.body;
}
