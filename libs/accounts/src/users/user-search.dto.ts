import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional, TrimmedString } from '@app/platform';
import { ALL_ROLES, Role } from './role';

/** The administrator's account search: part of a name or e-mail, and a role. */
export class UserSearchDto {
  @TrimmedString({ max: 100, optional: true, example: 'nguyen' })
  q?: string;

  @Optional()
  @IsIn(ALL_ROLES)
  @ApiPropertyOptional({ enum: ALL_ROLES })
  role?: Role;
}
