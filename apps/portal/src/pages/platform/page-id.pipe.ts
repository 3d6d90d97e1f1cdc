import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainError, ErrorCode } from '@app/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A page address with something that cannot be an id is a page that does not exist: the
 * page's 404 (NOT_FOUND, rendered by the page exception filter), where the API's
 * ParseUUIDPipe answers a JSON 400. Ids are compared in lower case.
 */
export function pageIdOf(raw: unknown): string {
  if (typeof raw !== 'string' || !UUID.test(raw))
    throw new DomainError(ErrorCode.NOT_FOUND, 'Not found');
  return raw.toLowerCase();
}

/** The one pipe of the pages' path ids: `@Param('id', PageIdPipe) id: string`. */
@Injectable()
export class PageIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    return pageIdOf(value);
  }
}

/** A path id, or `new` for the form of something not created yet (`/rounds/new`). */
@Injectable()
export class PageIdOrNewPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    return value === 'new' ? value : pageIdOf(value);
  }
}
