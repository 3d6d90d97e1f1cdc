export * from './entries.module';
export * from './entries.entities';
export * from './entries/entry.entity';
export * from './members/team-member.entity';
export * from './attachments/attachment.entity';
export * from './snapshots/entry-snapshot.entity';
export * from './history/entry-event.entity';
export * from './entries/entry.dto';
export * from './entries/entry.mapper';
export * from './entries/entry.service';
export * from './entries/entry-round-decision';
export * from './entries/my-entries.service';
export * from './submission/entry-submission.service';
export * from './eligibility/eligibility-check';
export * from './reminders/deadline-reminders.module';
export * from './reminders/deadline-reminder.service';
export * from './screening/screen-entry.dto';
export * from './screening/entry-screening.service';
export * from './listing/entry-filters.dto';
export * from './listing/entry-listing.mapper';
export * from './listing/entry-listing.service';
export * from './export/entry-export.service';
export * from './listing/contest-overview.service';
export * from './history/entry-history.service';
export * from './members/member-confirmation';
export * from './members/membership.dto';
export * from './members/membership.service';
export * from './members/team-mail-recipients';
export * from './members/membership-vetoes';
export * from './members/contest-participation';
export * from './entries/entry-fields';
export { COMMUNE_NAMES, communeOptions } from './addresses/communes';
export {
  AttachmentResponse,
  AttachmentService,
  UPLOAD_PARSER_OPTIONS,
  downloadHeaders,
  toAttachmentResponse,
} from './attachments';
export type { AttachmentDownload } from './attachments';
export { parserError } from './attachments/upload-parts';
export type { UploadPart } from './attachments/upload-parts';
export { ENTRY_COLUMN_LABELS } from './entries/entry-labels';
export { ENTRY_STAGES, GENDERS } from './entries/entry-limits';
export { EXPORT_CATALOGUE, exportHeaders, exportRows } from './export/export-columns';
export { neutraliseCell } from './export/spreadsheet-cell';
export { readerCaughtUp } from './export/spreadsheet-writers';
export { LIKE_ESCAPE, containsPattern } from './listing/like-pattern';
export { SCREENING_DECISIONS, SCREENING_REASON_MAX } from './screening/screening-rules';
export { snapshotContent } from './snapshots/snapshot-content';
