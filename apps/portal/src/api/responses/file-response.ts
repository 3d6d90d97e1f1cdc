import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/**
 * A download: the media types it may come as, each a binary body, so clients and the
 * OpenAPI linter see a file rather than an undocumented 200.
 */
export function ApiFileResponse(description: string, ...mediaTypes: string[]) {
  return applyDecorators(
    ApiProduces(...mediaTypes),
    ApiOkResponse({
      description,
      content: Object.fromEntries(
        mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
      ),
    }),
  );
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const UPLOADED_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'];
