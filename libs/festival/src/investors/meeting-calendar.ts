import { createEvents } from 'ics';
import type { Locale } from '@app/platform';
import { instantOn } from '../programme/festival-day';
import type { Festival } from '../programme/festival.entity';
import type { MeetingRequest } from './meeting-request.entity';
import type { MeetingSlot } from './meeting-slot.entity';

const PRODUCT_ID = '-//khoinghiep//festival//VI';

/**
 * The calendar file of an accepted meeting at a festival slot, in UTC like the
 * programme's (Vietnam has no daylight saving). The UID is the request's, so importing
 * the file again updates the event.
 */
export function meetingCalendar(
  festival: Festival,
  request: MeetingRequest,
  slot: MeetingSlot,
  parts: { entryTitle: string; organisation: string },
  locale: Locale,
): string {
  const en = locale === 'en';
  const { error, value } = createEvents(
    [
      {
        uid: `meeting-${request.id}@festival.khoinghiep.vn`,
        start: instantOn(festival.date, slot.startTime).getTime(),
        startInputType: 'utc',
        startOutputType: 'utc',
        end: instantOn(festival.date, slot.endTime).getTime(),
        endInputType: 'utc',
        endOutputType: 'utc',
        title: `${en ? 'Investor meeting' : 'Gặp nhà đầu tư'}: ${parts.organisation} – ${parts.entryTitle}`,
        location: [slot.place, festival.venue].join(', '),
        description: request.message,
        status: 'CONFIRMED',
      },
    ],
    { productId: PRODUCT_ID, calName: en ? festival.nameEn : festival.nameVi },
  );
  if (error || !value) throw error ?? new Error('The calendar could not be written');
  return value;
}
