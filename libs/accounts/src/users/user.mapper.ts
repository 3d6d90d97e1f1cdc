import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Role } from './role';
import type { User } from './user.entity';

/** The user as the API shows it: never the password hash or anything else internal. */
export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) phone!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) organization!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) district!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'PGS.TS.' }) title!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' }) dateOfBirth!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, enum: ['female', 'male', 'other'] })
  gender!: string | null;
  @ApiProperty({ enum: ['vi', 'en'] }) locale!: string;
  @ApiProperty({ enum: ['applicant', 'judge', 'organizer', 'admin'] }) role!: Role;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty() consentVersion!: string;
  @ApiProperty() consentAt!: string;
  @ApiProperty() createdAt!: string;
}

export function toUserResponse(user: User): UserResponse {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    phone: user.phone,
    organization: user.organization,
    district: user.district,
    title: user.title,
    dateOfBirth: user.dateOfBirth,
    gender: user.gender,
    locale: user.locale,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    consentVersion: user.consentVersion,
    consentAt: new Date(user.consentAt).toISOString(),
    createdAt: new Date(user.createdAt ?? Date.now()).toISOString(),
  };
}
