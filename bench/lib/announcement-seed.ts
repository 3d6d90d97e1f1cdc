// The data of the bench's announcement scenario, written with the test factories. Bundled
// by bench/scenarios/announcement.mjs (rspack + swc), never imported by the apps.
import { Like } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { MailRenderer } from '@app/notifications/mail/mail-renderer.service';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { createCrowdContest } from '../../test/support/announcement-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../../test/support/database';

/** A crowd contest of `count` teams and an organizer to announce it. */
export async function seed(env: Record<string, string>, count: number) {
  const db = await openDatabase(env);
  try {
    const crowd = await createCrowdContest(db, count);
    const organizer = await createUser(db, { role: Role.organizer });
    return { contestId: crowd.contest.id, email: organizer.email, password: FACTORY_PASSWORD };
  } finally {
    await db.destroy();
  }
}

/** The announcement's mails as the worker renders them, for the bare nodemailer baseline. */
export async function renderedMails(env: Record<string, string>, contestId: string) {
  const db = await openDatabase(env);
  try {
    const rows = await db.manager.find(Notification, {
      where: { dedupeKey: Like(`results:${contestId}:1:%`) },
    });
    const renderer = new MailRenderer();
    return rows.map((row) => ({
      to: row.recipientEmail,
      ...renderer.render(row.template, row.locale, row.data),
    }));
  } finally {
    await db.destroy();
  }
}
