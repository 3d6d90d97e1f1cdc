import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@app/accounts';
import {
  Category,
  Contest,
  ContestQuestion,
  effectiveRules,
  memberConfirmationRule,
} from '@app/contests';
import { OutboxService } from '@app/notifications';
import {
  AppConfig,
  DomainError,
  ErrorCode,
  IdempotencyRecord,
  insertRow,
  selectRow,
  selectRowOrFail,
  selectRows,
  toVietnamIsoOrNull,
  TransactionRunner,
  updateRows,
} from '@app/platform';
import type { FieldError } from '@app/platform';
import { missingRequiredAnswers } from '../answers/answers-validation';
import { AttachmentKind } from '../attachments/attachment.entity';
import { EligibilityGate } from '../eligibility/eligibility-gate';
import { Entry, EntryStatus } from '../entries/entry.entity';
import { REQUIRED_ON_SUBMIT } from '../entries/entry-limits';
import { toSubmitResponse } from '../entries/entry.mapper';
import type { SubmitResponse } from '../entries/entry.mapper';
import { EntryRepository } from '../entries/entry.repository';
import { assertEntryEditable, assertReopenable } from '../entries/entry-editability';
import { recordEntryEvent } from '../history/entry-history';
import { memberConfirmationSummary } from '../members/member-confirmation';
import type { MemberConfirmationSummary } from '../members/member-confirmation';
import { teamMailOf, teamMailRecipients } from '../members/team-mail-recipients';
import type { KnownTeam } from '../members/team-mail-recipients';
import { EntrySnapshot } from '../snapshots/entry-snapshot.entity';
import { snapshotContent } from '../snapshots/snapshot-content';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,100}$/;

export interface WithdrawResponse {
  status: EntryStatus;
  code: string;
  withdrawnAt: string | null;
}

/**
 * Submission and withdrawal. Both run with the entry row locked, and read the contest and
 * the clock inside that transaction, so the deadline holds to the second and concurrent
 * submits of one entry queue up: the first does the work, the others find it done.
 */
@Injectable()
export class EntrySubmissionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly entries: EntryRepository,
    private readonly eligibility: EligibilityGate,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async submit(
    principal: Principal,
    entryId: string,
    idempotencyKey?: string,
  ): Promise<SubmitResponse> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey))
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Invalid Idempotency-Key', [
        {
          field: 'Idempotency-Key',
          code: 'notFormat',
          messages: ['must be 1 to 100 visible ASCII characters'],
        },
      ]);
    const scope = `submit:${entryId}`;
    return this.tx.run(async (manager) => {
      const entry = await this.entries.findForCaller(manager, entryId, principal, {
        lock: true,
        ownerOnly: true,
      });
      if (idempotencyKey) {
        const previous = await selectRow(manager, IdempotencyRecord, {
          scope,
          key: idempotencyKey,
        });
        if (previous) return previous.response as SubmitResponse;
      }
      // A second click with nothing changed since: the same answer, and no second receipt.
      if (entry.status === EntryStatus.submitted && entry.submittedRevision === entry.revision)
        return this.remember(
          manager,
          scope,
          idempotencyKey,
          toSubmitResponse(entry, await this.confirmationOf(manager, entry)),
        );

      const contest = await selectRowOrFail(manager, Contest, { id: entry.contestId });
      const now = new Date();
      assertEntryEditable(entry, contest, now, 'submitted');

      const [category, members, attachments, questions] = await Promise.all([
        selectRowOrFail(manager, Category, { id: entry.categoryId }),
        this.entries.members(manager, entry.id),
        this.entries.attachments(manager, entry.id),
        selectRows(manager, ContestQuestion, { contestId: contest.id }),
      ]);
      const missing: FieldError[] = [
        ...REQUIRED_ON_SUBMIT.filter((field) => !entry[field]?.trim()).map((field) => ({
          field,
          code: 'required' as const,
          messages: ['is required to submit'],
        })),
        ...missingRequiredAnswers(questions, entry.answers).map((key) => ({
          field: `answers.${key}`,
          code: 'required' as const,
          messages: ['is required to submit'],
        })),
      ];
      if (!attachments.some((a) => a.kind === AttachmentKind.pitchDeck))
        missing.push({
          field: 'attachments.pitch_deck',
          code: 'required',
          messages: ['a pitch deck is required'],
        });
      if (missing.length > 0)
        throw new DomainError(ErrorCode.ENTRY_INCOMPLETE, 'The entry is not complete', missing);
      const rules = effectiveRules(contest.eligibility, category.eligibility);
      // Under `before_submission` the check refuses unconfirmed members (every one named
      // in the details); under `not_required` they are named in the answer instead.
      await this.eligibility.assert(manager, {
        rules,
        entry,
        contest,
        members,
        complete: true,
      });

      const resubmission = entry.submittedRevision !== null;
      await insertRow(manager, EntrySnapshot, {
        entryId: entry.id,
        revision: entry.revision,
        content: snapshotContent(entry, category.key, members, attachments),
      });
      Object.assign(entry, {
        status: EntryStatus.submitted,
        submittedAt: now,
        submittedRevision: entry.revision,
      });
      await updateRows(
        manager,
        Entry,
        { id: entry.id },
        { status: entry.status, submittedAt: now, submittedRevision: entry.revision },
      );
      await recordEntryEvent(manager, {
        entryId: entry.id,
        actorId: principal.userId,
        type: 'submitted',
        data: { revision: entry.revision, resubmission },
      });
      // The caller is the owner (ownerOnly above) and the team was read in this
      // transaction: the receipt's addressing needs neither read again.
      await this.sendReceipt(manager, entry, contest, {
        owner: {
          id: principal.userId,
          email: principal.email,
          fullName: principal.fullName,
          locale: principal.locale,
          erasedAt: null,
        },
        members,
      });
      const confirmation = memberConfirmationSummary(memberConfirmationRule(rules), members);
      return this.remember(manager, scope, idempotencyKey, toSubmitResponse(entry, confirmation));
    });
  }

  async withdraw(principal: Principal, entryId: string): Promise<WithdrawResponse> {
    return this.tx.run(async (manager) => {
      const entry = await this.entries.findForCaller(manager, entryId, principal, {
        lock: true,
        ownerOnly: true,
      });
      const answer = (): WithdrawResponse => ({
        status: entry.status,
        code: entry.code,
        withdrawnAt: toVietnamIsoOrNull(entry.withdrawnAt),
      });
      if (entry.status === EntryStatus.withdrawn) return answer();
      const contest = await manager.findOneOrFail(Contest, { where: { id: entry.contestId } });
      const now = new Date();
      assertEntryEditable(entry, contest, now, 'withdrawn');
      Object.assign(entry, { status: EntryStatus.withdrawn, withdrawnAt: now });
      await manager.update(
        Entry,
        { id: entry.id },
        { status: EntryStatus.withdrawn, withdrawnAt: now },
      );
      await recordEntryEvent(manager, {
        entryId: entry.id,
        actorId: principal.userId,
        type: 'withdrawn',
        data: { revision: entry.revision },
      });
      await this.mailTeam(manager, entry, contest, `entry-withdrawn:${entry.id}`, {
        template: 'entry-withdrawn',
      });
      return answer();
    });
  }

  /**
   * Brings a withdrawn entry back as a draft while the contest still takes changes. It then
   * counts like any draft, and submitting it again runs every check of a first submission.
   */
  async reopen(principal: Principal, entryId: string): Promise<WithdrawResponse> {
    return this.tx.run(async (manager) => {
      const entry = await this.entries.findForCaller(manager, entryId, principal, {
        lock: true,
        ownerOnly: true,
      });
      const contest = await manager.findOneOrFail(Contest, { where: { id: entry.contestId } });
      assertReopenable(entry, contest, new Date());
      // A new revision: submitting it again is a new submission, with its own snapshot and
      // receipt, never a replay of the withdrawn one.
      const revision = entry.revision + 1;
      await manager.update(
        Entry,
        { id: entry.id },
        { status: EntryStatus.draft, withdrawnAt: null, revision },
      );
      await recordEntryEvent(manager, {
        entryId: entry.id,
        actorId: principal.userId,
        type: 'reopened',
        data: { revision },
      });
      return { status: EntryStatus.draft, code: entry.code, withdrawnAt: null };
    });
  }

  private async confirmationOf(
    manager: EntityManager,
    entry: Entry,
  ): Promise<MemberConfirmationSummary> {
    const [contest, category, members] = await Promise.all([
      manager.findOneOrFail(Contest, { where: { id: entry.contestId } }),
      manager.findOne(Category, { where: { id: entry.categoryId } }),
      this.entries.members(manager, entry.id),
    ]);
    const rules = effectiveRules(contest.eligibility, category?.eligibility);
    return memberConfirmationSummary(memberConfirmationRule(rules), members);
  }

  private async sendReceipt(
    manager: EntityManager,
    entry: Entry,
    contest: Contest,
    known: KnownTeam,
  ): Promise<void> {
    await this.mailTeam(
      manager,
      entry,
      contest,
      `entry-receipt:${entry.id}:${entry.revision}`,
      {
        template: 'entry-receipt',
        submittedAt: (entry.submittedAt as Date).toISOString(),
        link: `${this.config.publicUrl}/entries/${entry.id}`,
      },
      known,
    );
  }

  /** The receipt and the withdrawal reach the whole team, each in their own language. */
  private async mailTeam(
    manager: EntityManager,
    entry: Entry,
    contest: Contest,
    dedupeKey: string,
    mail:
      | { template: 'entry-withdrawn' }
      | { template: 'entry-receipt'; submittedAt: string; link: string },
    known: KnownTeam = {},
  ): Promise<void> {
    for (const recipient of await teamMailRecipients(manager, entry, undefined, known)) {
      const { row, data } = teamMailOf(recipient, dedupeKey, entry, contest);
      if (mail.template === 'entry-receipt') {
        const { submittedAt, link } = mail;
        await this.outbox.enqueue(manager, {
          ...row,
          template: mail.template,
          data: { ...data, submittedAt, link },
        });
      } else await this.outbox.enqueue(manager, { ...row, template: mail.template, data });
    }
  }

  /** Keeps the answer under the Idempotency-Key, so a retry gets it back unchanged. */
  private async remember(
    manager: EntityManager,
    scope: string,
    key: string | undefined,
    response: SubmitResponse,
  ): Promise<SubmitResponse> {
    if (key) await insertRow(manager, IdempotencyRecord, { scope, key, statusCode: 200, response });
    return response;
  }
}
