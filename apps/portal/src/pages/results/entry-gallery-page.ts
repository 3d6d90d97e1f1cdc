import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Principal } from '@app/accounts';
import { DomainError, ERROR_STATUS, ErrorCode, formatMoment, validateInput } from '@app/platform';
import { GalleryOptInService, OptInGalleryDto } from '@app/results';
import { FORM_LEVEL, type FormErrors } from '../platform/page-form';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';

interface PageState {
  notice?: string;
  errors?: FormErrors;
  status?: number;
}

/** What a refusal of the gallery service means on the team's page, by its code. */
const MESSAGES: Partial<Record<ErrorCode, [field: string, key: string]>> = {
  [ErrorCode.VALIDATION_FAILED]: ['imageId', 'entryGallery.imageInvalid'],
  [ErrorCode.GALLERY_UNAVAILABLE]: [FORM_LEVEL, 'entryGallery.unavailable'],
  [ErrorCode.FORBIDDEN]: [FORM_LEVEL, 'entryGallery.leaderOnly'],
};

/**
 * The team's page about the gallery: the leader opts in with an image, changes it or
 * withdraws; members see the state. The forms go through the API's service and DTO.
 */
@Injectable()
export class EntryGalleryPage {
  constructor(
    private readonly pages: PageRenderer,
    private readonly optIns: GalleryOptInService,
  ) {}

  async render(
    request: PageRequest,
    reply: FastifyReply,
    principal: Principal,
    entryId: string,
    state: PageState = {},
  ) {
    const gallery = await this.optIns.state(principal, entryId);
    const locale = this.pages.localeOf(request);
    return this.pages.render(
      request,
      reply,
      'results/entry-gallery',
      {
        gallery,
        optedInAt: formatMoment(gallery.optedInAt, locale),
        notice: state.notice,
        errors: state.errors ?? {},
        formLevel: FORM_LEVEL,
      },
      state.status ?? 200,
    );
  }

  async optIn(
    request: PageRequest,
    reply: FastifyReply,
    principal: Principal,
    entryId: string,
    body: Record<string, unknown>,
  ) {
    // The form's "no picture" choice is an empty value: the API's null.
    const raw = typeof body.imageId === 'string' && body.imageId !== '' ? body.imageId : null;
    const checked = validateInput(OptInGalleryDto, { imageId: raw });
    try {
      if (!checked.ok)
        throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Validation failed', checked.errors);
      const before = await this.optIns.state(principal, entryId);
      await this.optIns.optIn(principal, entryId, checked.value);
      const done = before.listed ? 'saved' : 'optedIn';
      return reply.redirect(`/entries/${entryId}/gallery?${done}=1`, 303);
    } catch (error) {
      return this.refused(request, reply, principal, entryId, error);
    }
  }

  async withdraw(request: PageRequest, reply: FastifyReply, principal: Principal, entryId: string) {
    try {
      await this.optIns.withdraw(principal, entryId);
      return reply.redirect(`/entries/${entryId}/gallery?withdrawn=1`, 303);
    } catch (error) {
      return this.refused(request, reply, principal, entryId, error);
    }
  }

  /** The page again with the message of a refusal it can explain; anything else goes to the error page. */
  private refused(
    request: PageRequest,
    reply: FastifyReply,
    principal: Principal,
    entryId: string,
    error: unknown,
  ) {
    const message = error instanceof DomainError ? MESSAGES[error.code] : undefined;
    if (!message) throw error;
    const [field, key] = message;
    const status = ERROR_STATUS[(error as DomainError).code];
    return this.render(request, reply, principal, entryId, { errors: { [field]: key }, status });
  }
}
