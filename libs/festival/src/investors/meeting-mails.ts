import type { EntityManager } from 'typeorm';
import type { User } from '@app/accounts';
import type { Entry } from '@app/entries';
import type { OutboxService } from '@app/notifications';
import type { Festival } from '../programme/festival.entity';
import type { InvestorProfile } from './investor-profile.entity';
import type { MeetingRequest } from './meeting-request.entity';
import type { MeetingSlot } from './meeting-slot.entity';

/** Everything a meeting mail tells: the two sides, the team's idea, when and where. */
export interface MeetingMailParts {
  festival: Festival;
  request: MeetingRequest;
  slot: MeetingSlot | null;
  entry: Entry;
  owner: User;
  investor: User;
  profile: InvestorProfile;
  /** The absolute link of the meeting's calendar file (slot meetings only). */
  calendarLink: string;
  /** The absolute link of the "meetings" page where the team answers and both sides follow. */
  meetingsLink: string;
}

const localeOf = (user: User): 'vi' | 'en' => (user.locale === 'en' ? 'en' : 'vi');

/** `20/12/2026 14:00–14:20, Bàn 3`, or the investor's proposal for a meeting later. */
export function meetingWhen(festival: Festival, slot: MeetingSlot | null, note: string | null) {
  if (!slot) return note ?? '';
  const [y, m, d] = festival.date.split('-');
  return `${d}/${m}/${y} ${slot.startTime}–${slot.endTime}, ${slot.place}`;
}

/** The team's owner is asked; the request's id keys the mail so a retry sends it once. */
export async function mailMeetingRequested(
  outbox: OutboxService,
  manager: EntityManager,
  p: MeetingMailParts,
): Promise<void> {
  await outbox.enqueue(manager, {
    dedupeKey: `meeting-requested:${p.request.id}`,
    recipientEmail: p.owner.email,
    template: 'meeting-requested',
    locale: localeOf(p.owner),
    data: {
      fullName: p.owner.fullName,
      investorName: p.investor.fullName,
      organisation: p.profile.organisation,
      entryTitle: p.entry.title,
      when: meetingWhen(p.festival, p.slot, p.request.laterNote),
      message: p.request.message,
      link: p.meetingsLink,
    },
  });
}

/**
 * The answer goes to both sides. An accepted meeting at a slot carries the link of its
 * calendar file: the outbox stores mails as template data and sends no attachments, so
 * the file is one click away instead of attached.
 */
export async function mailMeetingAnswered(
  outbox: OutboxService,
  manager: EntityManager,
  p: MeetingMailParts,
): Promise<void> {
  const when = meetingWhen(p.festival, p.slot, p.request.laterNote);
  const common = {
    investorName: p.investor.fullName,
    organisation: p.profile.organisation,
    entryTitle: p.entry.title,
    when,
  };
  if (p.request.status === 'declined') {
    await outbox.enqueue(manager, {
      dedupeKey: `meeting-declined:${p.request.id}`,
      recipientEmail: p.investor.email,
      template: 'meeting-declined',
      locale: localeOf(p.investor),
      data: { fullName: p.investor.fullName, ...common },
    });
    return;
  }
  const mails = [p.investor, p.owner].map((user) =>
    p.slot
      ? {
          dedupeKey: `meeting-accepted:${p.request.id}:${user.id}`,
          recipientEmail: user.email,
          template: 'meeting-accepted' as const,
          locale: localeOf(user),
          data: { fullName: user.fullName, ...common, link: p.calendarLink },
        }
      : {
          dedupeKey: `meeting-accepted:${p.request.id}:${user.id}`,
          recipientEmail: user.email,
          template: 'meeting-accepted-later' as const,
          locale: localeOf(user),
          data: { fullName: user.fullName, ...common },
        },
  );
  for (const mail of mails) await outbox.enqueue(manager, mail);
}
