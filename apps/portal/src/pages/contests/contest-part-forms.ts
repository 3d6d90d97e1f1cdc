import type { FastifyReply } from 'fastify';
import type { ContestAdminResponse } from '@app/contests';
import { DomainError, ErrorCode } from '@app/platform';
import { backToSection, type ContestSection } from './contest-section';
import { organizerFailureOf } from './organizer-errors';
import type { OrganizerFailure } from './organizer-errors';
import type { FormBody, OrganizerFormErrors, Validated } from './organizer-form-input';
import { contestHeader } from './organizer-view';
import type { PageRenderer, PageRequest } from '../platform/page-renderer.service';
import { attempt, submitForm } from '../platform/page-form';

/**
 * What differs between the organizer's forms for the parts of a contest (its categories,
 * extra questions, prizes and rounds): everything else, showing a blank or stored item,
 * validating through the service DTO, saving, deleting and coming back with the errors or
 * a notice, is one flow in ContestPartForms.
 */
export interface ContestPart<Item extends { id: string }, Values, Dto> {
  /** The contest tab and the list's path segment: `/organizer/contests/:id/<section>`. */
  section: Exclude<ContestSection, 'judges'>;
  /** The form's template, and the name under which it gets the item's id (null when new). */
  view: string;
  idName: string;
  itemsOf(contest: ContestAdminResponse): Item[];
  blank(contest: ContestAdminResponse): Values;
  /** The posted form; `item` is the stored one being edited (a locked rubric keeps its rows). */
  valuesOf(body: FormBody, item: Item | null): Values;
  valuesOfItem(item: Item): Values;
  /**
   * A button that only changes the form (a rubric row more): the values to show again,
   * nothing saved. Undefined (or absent) when the post is a save.
   */
  redrawn?(body: FormBody, values: Values): Values | undefined;
  /** The values as the service DTO; `item` tells an edit (its DTO, its version) from a new one. */
  toDto(values: Values, item: Item | null): Validated<Dto>;
  create(contestId: string, dto: Dto): Promise<unknown>;
  update(id: string, dto: Dto): Promise<unknown>;
  /** Absent for parts that are never deleted (rounds): their delete is "not found". */
  remove?(id: string): Promise<unknown>;
  /** What else the template needs (choices of selects and the like). */
  viewData?: Record<string, unknown>;
  /** What the template needs of the item and the values shown (a lock, a running total). */
  formData?(item: Item | null, values: Values): Record<string, unknown>;
  /** The refusals its form shows in words (a lib's own codes); organizerFailureOf when absent. */
  failureOf?: (error: unknown) => OrganizerFailure | undefined;
}

interface FormState<Values> {
  values: Values;
  errors?: OrganizerFormErrors;
  status?: number;
}

export const NEW_ITEM = 'new';

export class ContestPartForms {
  constructor(private readonly pages: PageRenderer) {}

  /** The blank form (`itemId` is `new`) or the stored item's. */
  show<Item extends { id: string }, Values, Dto>(
    request: PageRequest,
    reply: FastifyReply,
    contest: ContestAdminResponse,
    part: ContestPart<Item, Values, Dto>,
    itemId: string,
  ) {
    if (itemId === NEW_ITEM)
      return this.render(request, reply, contest, part, null, { values: part.blank(contest) });
    const item = itemOf(contest, part, itemId);
    return this.render(request, reply, contest, part, item, { values: part.valuesOfItem(item) });
  }

  async save<Item extends { id: string }, Values, Dto>(
    request: PageRequest,
    reply: FastifyReply,
    contest: ContestAdminResponse,
    part: ContestPart<Item, Values, Dto>,
    itemId: string,
    body: FormBody,
  ) {
    const item = itemId === NEW_ITEM ? null : itemOf(contest, part, itemId);
    const values = part.valuesOf(body, item);
    const redrawn = part.redrawn?.(body, values);
    if (redrawn) return this.render(request, reply, contest, part, item, { values: redrawn });
    return submitForm({
      input: part.toDto(values, item),
      save: (dto) => (item ? part.update(item.id, dto) : part.create(contest.id, dto)),
      explain: part.failureOf ?? organizerFailureOf,
      invalid: (errors) =>
        this.render(request, reply, contest, part, item, { values, errors, status: 400 }),
      refused: (failure) =>
        this.render(request, reply, contest, part, item, { values, ...failure }),
      done: () => backToSection(reply, contest.id, part.section, 'saved'),
    });
  }

  /** Deletes the item; a refusal (a category entries use) comes back on its form. */
  async delete<Item extends { id: string }, Values, Dto>(
    request: PageRequest,
    reply: FastifyReply,
    contest: ContestAdminResponse,
    part: ContestPart<Item, Values, Dto>,
    itemId: string,
  ) {
    const item = itemOf(contest, part, itemId);
    const remove = part.remove;
    if (!remove) throw new DomainError(ErrorCode.NOT_FOUND, 'Not found');
    const failure = await attempt(() => remove(item.id), part.failureOf ?? organizerFailureOf);
    if (failure)
      return this.render(request, reply, contest, part, item, {
        values: part.valuesOfItem(item),
        ...failure,
      });
    return backToSection(reply, contest.id, part.section, 'deleted');
  }

  private render<Item extends { id: string }, Values, Dto>(
    request: PageRequest,
    reply: FastifyReply,
    contest: ContestAdminResponse,
    part: ContestPart<Item, Values, Dto>,
    item: Item | null,
    state: FormState<Values>,
  ) {
    const locale = this.pages.localeOf(request);
    return this.pages.render(
      request,
      reply,
      part.view,
      {
        header: contestHeader(contest, locale, part.section),
        [part.idName]: item?.id ?? null,
        values: state.values,
        errors: state.errors ?? {},
        ...part.viewData,
        ...part.formData?.(item, state.values),
      },
      state.status ?? 200,
    );
  }
}

/** An item of this contest: another contest's category or round is "not found" here. */
function itemOf<Item extends { id: string }>(
  contest: ContestAdminResponse,
  part: ContestPart<Item, unknown, unknown>,
  id: string,
): Item {
  const item = part.itemsOf(contest).find((candidate) => candidate.id === id);
  if (!item) throw new DomainError(ErrorCode.NOT_FOUND, 'Not found');
  return item;
}
