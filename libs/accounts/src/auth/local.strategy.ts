import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { clientAddressOf } from '../throttling/auth-throttle';
import { User } from '../users/user.entity';
import { AuthService } from './auth.service';

/** E-mail and password sign-in (passport-local), counted like the sign-in page's. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: { ip?: string }, email: unknown, password: unknown): Promise<User> {
    return this.auth.validateCredentials(email, password, clientAddressOf(request));
  }
}
