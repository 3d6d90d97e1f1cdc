import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APPLICANT_TYPES } from '@app/contests';
import { communeOptions, ENTRY_STAGES, fieldsOfSection, GENDERS } from '@app/entries';
import { AppConfig, formatMoment } from '@app/platform';
import { eligibilityInWords, inLocale, vietnamDeadline } from '../contests/contest-view';
import type { EntryFormErrors, EntryFormValues } from './entry-form-input';
import { formValuesOfEntry } from './entry-form-input';
import type { LoadedEntry } from './entry-page-data';
import { fileRows, fileSize } from './entry-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';

export const ATTACHMENT_KINDS = ['pitch_deck', 'business_plan', 'image', 'other'];

export interface EditPageState {
  values?: EntryFormValues;
  errors?: EntryFormErrors;
  status?: number;
  notice?: string;
  /** Empty member rows to add below the team (the "add a member" button). */
  extraRows?: number;
}

/** The edit form of an entry, first shown or shown again with what was typed and the errors. */
@Injectable()
export class EntryEditPage {
  constructor(
    private readonly pages: PageRenderer,
    private readonly config: AppConfig,
  ) {}

  render(
    request: PageRequest,
    reply: FastifyReply,
    loaded: LoadedEntry,
    state: EditPageState = {},
  ): Promise<void> {
    const { entry, contest } = loaded;
    const locale = this.pages.localeOf(request);
    const t = (key: string, vars?: Record<string, unknown>) =>
      this.pages.translate(locale, key, vars);
    const values = state.values ?? formValuesOfEntry(entry);
    const members = values.members.length > 0 ? [...values.members] : [{}];
    for (let i = 0; i < (state.extraRows ?? 0); i++) members.push({});
    const category = contest.categories.find((c) => c.key === entry.categoryKey);
    return this.pages.render(
      request,
      reply,
      'entries/edit',
      {
        entry,
        values,
        members,
        errors: state.errors ?? {},
        notice: state.notice,
        contest: {
          slug: contest.slug,
          name: inLocale(contest, 'name', locale),
          deadline: vietnamDeadline(contest.submissionDeadline, locale),
          blindJudging: contest.blindJudging,
          fields: contest.fields.map((f) => ({ key: f.key, label: inLocale(f, 'label', locale) })),
          questions: contest.questions.map((q) => ({ ...q, label: inLocale(q, 'label', locale) })),
        },
        category: category
          ? {
              name: inLocale(category, 'name', locale),
              rules: eligibilityInWords(category.effectiveEligibility, t),
            }
          : null,
        ownerEmail: request.principal?.email ?? '',
        // Rows are matched by address: the form may come back with rows moved or added.
        memberStates: Object.fromEntries(
          entry.members.map((m) => [
            m.email,
            {
              id: m.id,
              confirmation: m.confirmation,
              invitedAt: formatMoment(m.invitedAt, locale),
            },
          ]),
        ),
        formFields: { general: fieldsOfSection('general'), idea: fieldsOfSection('idea') },
        communes: communeOptions(),
        // The fixed choices of the form's selects, each with its catalogue prefix.
        choices: {
          applicantType: { options: APPLICANT_TYPES, prefix: 'applicantTypes.', required: true },
          stage: { options: ENTRY_STAGES, prefix: 'stages.', required: false },
        },
        genders: GENDERS,
        kinds: ATTACHMENT_KINDS,
        files: fileRows(entry.id, entry.attachments, locale),
        limits: {
          size: fileSize(this.config.UPLOAD_MAX_BYTES, locale),
          count: this.config.UPLOAD_MAX_FILES_PER_ENTRY,
        },
        editable: entry.lockedBy === null,
        lockedBy: entry.lockedBy,
      },
      state.status ?? 200,
    );
  }
}
