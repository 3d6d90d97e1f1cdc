import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';

/** The events of a calendar file: UID, SEQUENCE, STATUS, start and end as UTC ISO strings. */
export function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return {
    method: calendar.getFirstPropertyValue('method'),
    events: calendar.getAllSubcomponents('vevent').map((v) => {
      const event = new ICAL.Event(v);
      return {
        uid: event.uid,
        sequence: event.sequence,
        status: v.getFirstPropertyValue('status'),
        summary: event.summary,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
      };
    }),
  };
}

/** The events of the mail's attached calendar file `filename`. */
export function calendarOf(mail: ParsedMail, filename: string) {
  const file = mail.attachments.find((a) => a.filename === filename);
  if (!file) throw new Error(`no ${filename} in "${mail.subject}"`);
  return eventsOf(file.content.toString('utf8'));
}
