import { ApiProperty } from '@nestjs/swagger';
import { UserResponse } from '@app/accounts';
import type { TokenPair } from '@app/accounts';

/** Response classes of the auth routes; `implements` keeps them in step with the services. */
export class TokenPairResponse implements TokenPair {
  @ApiProperty({ description: 'Sent as `Authorization: Bearer <accessToken>`' })
  accessToken!: string;
  @ApiProperty({ description: 'Single use: `POST /auth/refresh` rotates it' })
  refreshToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ description: "Seconds until the access token's expiry" }) expiresIn!: number;
}

export class LoginResponse extends TokenPairResponse {
  @ApiProperty({ type: UserResponse }) user!: UserResponse;
}

/** An answer that only says what happened (the same whatever the account's existence). */
export class MessageResponse {
  @ApiProperty() message!: string;
}
