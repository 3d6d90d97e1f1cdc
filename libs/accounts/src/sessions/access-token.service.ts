import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, DomainError, ErrorCode } from '@app/platform';

export interface AccessClaims {
  sub: string;
  sid: string;
}

/**
 * Short-lived access tokens. HS256 is pinned on both sides: a token signed with another
 * algorithm (or `alg: none`) is refused, and `sub`, `sid` and `exp` are required. The JWT
 * library checks `exp` only when it is present; a token without one would never expire.
 */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  sign(userId: string, sessionId: string): Promise<string> {
    return this.jwt.signAsync(
      { sid: sessionId },
      { subject: userId, algorithm: 'HS256', expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS },
    );
  }

  async verify(token: string): Promise<AccessClaims> {
    let payload: Record<string, unknown>;
    try {
      payload = await this.jwt.verifyAsync<Record<string, unknown>>(token, {
        algorithms: ['HS256'],
      });
    } catch {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The access token is not valid');
    }
    const { sub, sid, exp } = payload;
    if (
      typeof sub !== 'string' ||
      sub === '' ||
      typeof sid !== 'string' ||
      sid === '' ||
      typeof exp !== 'number' ||
      !Number.isFinite(exp)
    ) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The access token is not valid');
    }
    return { sub, sid };
  }
}
