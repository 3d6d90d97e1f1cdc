import type { FastifyReply } from 'fastify';
import type { ContestAdminResponse } from '@app/contests';
import { DomainError, ErrorCode } from '@app/platform';
import { organizerFailureOf } from './organizer-errors';
import type { OrganizerFailure } from './organizer-errors';
import type { FormBody, OrganizerFormErrors, Validated } from './organizer-form-input';
import { contestHeader } from './organizer-view';
import type { PageRenderer, PageRequest } from '../platform/page-renderer.service';
import { attempt } from '../platform/page-form';

/**
 * What differs between the organizer's forms for the parts of a contest (its categories,
 * its extra questions): everything else, showing a blank or stored item, validating
 * through the service DTO, saving, deleting and coming back with the errors, is one flow
 * in ContestPartForms.
 */
export interface ContestPart<Item extends { id: string }, Values, Dto> {
  /** The contest tab and the list's path segment: `/organizer/contests/:id/<section>`. */
  section: 'categories' | 'questions' | 'prizes';
  /** The form's template, and the name under which it gets the item's id (null when new). */
  view: string;
  idName: string;
  itemsOf(contest: ContestAdminResponse): Item[];
  blank(contest: ContestAdminResponse): Values;
  valuesOf(body: FormBody): Values;
  valuesOfItem(item: Item): Values;
  toDto(values: Values): Validated<Dto>;
  create(contestId: string, dto: Dto): Promise<unknown>;
  update(id: string, dto: Dto): Promise<unknown>;
  remove(id: string): Promise<unknown>;
  /** What else the template needs (choices of selects and the like). */
  viewData?: Record<string, unknown>;
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
    const values = part.valuesOf(body);
    const dto = part.toDto(values);
    if (!dto.ok)
      return this.render(request, reply, contest, part, item, {
        values,
        errors: dto.errors,
        status: 400,
      });
    const failure = await attempt(async () => {
      if (item) await part.update(item.id, dto.value);
      else await part.create(contest.id, dto.value);
    }, part.failureOf ?? organizerFailureOf);
    if (failure) return this.render(request, reply, contest, part, item, { values, ...failure });
    return reply.redirect(`/organizer/contests/${contest.id}/${part.section}?saved=1`, 303);
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
    const failure = await attempt(() => part.remove(item.id), part.failureOf ?? organizerFailureOf);
    if (failure)
      return this.render(request, reply, contest, part, item, {
        values: part.valuesOfItem(item),
        ...failure,
      });
    return reply.redirect(`/organizer/contests/${contest.id}/${part.section}?deleted=1`, 303);
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
      },
      state.status ?? 200,
    );
  }
}

/** An item of this contest: another contest's category or question is "not found" here. */
function itemOf<Item extends { id: string }>(
  contest: ContestAdminResponse,
  part: ContestPart<Item, unknown, unknown>,
  id: string,
): Item {
  const item = part.itemsOf(contest).find((candidate) => candidate.id === id);
  if (!item) throw new DomainError(ErrorCode.NOT_FOUND, 'Not found');
  return item;
}
