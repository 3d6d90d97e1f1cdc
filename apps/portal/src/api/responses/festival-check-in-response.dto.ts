import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASS_ROLES, SEAT_STATUSES } from '@app/festival';
import type {
  ArrivalsResponse,
  DoubleEntry,
  GuestListResponse,
  GuestPlace,
  GuestRegistrationResponse,
  OfflineListResponse,
  PassIssueResponse,
  PassRole,
  PassView,
  ScanResponse,
  SeatStatus,
  SyncOutcome,
  SyncResponse,
} from '@app/festival';

/**
 * Response classes of the festival's guest, pass and door routes, each `implements` the
 * domain's type so the compiler refuses one that falls behind the service.
 */

class GuestPlaceResponse implements GuestPlace {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ enum: SEAT_STATUSES }) status!: SeatStatus;
  @ApiProperty({ type: 'integer', description: 'Guests ahead in the waiting line; 0 for a seat' })
  waitingAhead!: number;
}

export class GuestRegistrationResponseDto implements GuestRegistrationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: [GuestPlaceResponse] }) sessions!: GuestPlace[];
}

type GuestListSession = GuestListResponse['sessions'][number];
type GuestListGuest = GuestListResponse['guests'][number];
type GuestSeat = GuestListGuest['sessions'][number];

class GuestListSessionResponse implements GuestListSession {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() titleVi!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty({ pattern: '^\\d{2}:\\d{2}$' }) startTime!: string;
  @ApiPropertyOptional({ nullable: true, type: 'integer', description: 'null: no limit' })
  capacity!: number | null;
  @ApiProperty({ type: 'integer' }) confirmed!: number;
  @ApiProperty({ type: 'integer' }) waiting!: number;
}

class GuestSeatResponse implements GuestSeat {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ enum: SEAT_STATUSES }) status!: SeatStatus;
}

class GuestListGuestResponse implements GuestListGuest {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) organisation!: string | null;
  @ApiProperty() email!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ type: [GuestSeatResponse] }) sessions!: GuestSeat[];
}

export class GuestListResponseDto implements GuestListResponse {
  @ApiProperty({ type: [GuestListSessionResponse] }) sessions!: GuestListSession[];
  @ApiProperty({ type: [GuestListGuestResponse] }) guests!: GuestListGuest[];
}

export class PassIssueResponseDto implements PassIssueResponse {
  @ApiProperty({ type: 'integer', description: 'Passes made (and mailed) now' }) issued!: number;
  @ApiProperty({ type: 'integer', description: 'Participants entitled to a pass' }) total!: number;
}

class PassHolderResponse implements NonNullable<SyncResult['holder']> {
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: PASS_ROLES }) role!: PassRole;
}

class ScanPassHolderResponse extends PassHolderResponse {
  @ApiProperty() shortCode!: string;
}

export class ScanResponseDto implements ScanResponse {
  @ApiProperty({ enum: ['admitted', 'already'] }) outcome!: ScanResponse['outcome'];
  @ApiProperty({ format: 'date-time', description: 'The first admission' })
  checkedInAt!: string;
  @ApiProperty({ type: ScanPassHolderResponse }) holder!: ScanResponse['holder'];
}

type SyncResult = SyncResponse['results'][number];

class SyncResultResponse implements SyncResult {
  @ApiProperty() nonce!: string;
  @ApiProperty({ enum: ['admitted', 'double_entry', 'refused'] }) outcome!: SyncOutcome;
  @ApiProperty({ description: 'Uploaded before: the first upload’s outcome, nothing recorded' })
  replayed!: boolean;
  @ApiPropertyOptional({
    enum: ['CHECK_IN_CODE_UNKNOWN', 'CHECK_IN_OTHER_FESTIVAL'],
    description: 'For `refused`: why',
  })
  code?: string;
  @ApiPropertyOptional({ type: PassHolderResponse }) holder?: SyncResult['holder'];
}

export class SyncResponseDto implements SyncResponse {
  @ApiProperty({ type: [SyncResultResponse] }) results!: SyncResult[];
}

type OfflinePass = OfflineListResponse['passes'][number];

class OfflinePassResponse implements OfflinePass {
  @ApiProperty({ description: 'SHA-256 of the QR token, base64url' }) tokenHash!: string;
  @ApiProperty() shortCode!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: PASS_ROLES }) role!: PassRole;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  checkedInAt!: string | null;
}

export class OfflineListResponseDto implements OfflineListResponse {
  @ApiProperty({ format: 'uuid' }) festivalId!: string;
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: [OfflinePassResponse] }) passes!: OfflinePass[];
}

type Admission = DoubleEntry['admissions'][number];

class AdmissionResponse implements Admission {
  @ApiProperty() deviceId!: string;
  @ApiProperty({ format: 'date-time' }) scannedAt!: string;
  @ApiProperty() doubleEntry!: boolean;
}

export class DoubleEntryResponseDto implements DoubleEntry {
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: PASS_ROLES }) role!: PassRole;
  @ApiProperty() shortCode!: string;
  @ApiProperty({ type: [AdmissionResponse] }) admissions!: Admission[];
}

type RoleArrivals = ArrivalsResponse['roles'][number];

class RoleArrivalsResponse implements RoleArrivals {
  @ApiProperty({ enum: PASS_ROLES }) role!: PassRole;
  @ApiProperty({ type: 'integer' }) passes!: number;
  @ApiProperty({ type: 'integer' }) arrived!: number;
}

export class ArrivalsResponseDto implements ArrivalsResponse {
  @ApiProperty({ type: [RoleArrivalsResponse] }) roles!: RoleArrivals[];
  @ApiProperty({ type: 'integer' }) passes!: number;
  @ApiProperty({ type: 'integer' }) arrived!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Admissions of someone already admitted by another scan',
  })
  doubleEntries!: number;
}

export class PassViewResponseDto implements PassView {
  @ApiProperty({ format: 'uuid' }) festivalId!: string;
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiProperty({ enum: PASS_ROLES }) role!: PassRole;
  @ApiProperty() fullName!: string;
  @ApiProperty() shortCode!: string;
  @ApiProperty() token!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  checkedInAt!: string | null;
}
