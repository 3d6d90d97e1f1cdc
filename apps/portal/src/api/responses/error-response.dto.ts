import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorCode, FIELD_ERROR_CODES } from '@app/platform';
import type { ErrorBody, FieldError, FieldErrorCode } from '@app/platform';

/** One field's problem in a refused request. */
export class FieldErrorResponse implements FieldError {
  @ApiProperty({ description: 'The field, dotted for nested ones (`members.0.email`)' })
  field!: string;
  @ApiProperty({ enum: FIELD_ERROR_CODES }) code!: FieldErrorCode;
  @ApiProperty({ type: [String], description: 'For a developer reading; pages use `code`' })
  messages!: string[];
}

/**
 * The one error shape of the API (AllExceptionsFilter). Each operation narrows `code` to the
 * codes it can return under each status (see api-errors.ts).
 */
export class ErrorResponse implements ErrorBody {
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599 }) statusCode!: number;
  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode' }) code!: ErrorCode;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ type: [FieldErrorResponse] }) details?: FieldError[];
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only on a 500: quote it to the operators, who find it in the log',
  })
  errorId?: string;
}
