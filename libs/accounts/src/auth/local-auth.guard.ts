import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard as PassportAuthGuard } from '@nestjs/passport';
import { DomainError, ErrorCode } from '@app/platform';

/**
 * Runs the local strategy. Passport's own "missing credentials" answer becomes a coded
 * validation error; a wrong password surfaces the strategy's INVALID_CREDENTIALS.
 */
@Injectable()
export class LocalAuthGuard extends PassportAuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const body = context.switchToHttp().getRequest<{ body?: unknown }>().body as
      Record<string, unknown> | undefined;
    if (!body || typeof body.email !== 'string' || typeof body.password !== 'string') {
      throw new DomainError(
        ErrorCode.VALIDATION_FAILED,
        'email and password are required as strings',
        [
          { field: 'email', code: 'required', messages: ['must be a string'] },
          { field: 'password', code: 'required', messages: ['must be a string'] },
        ],
      );
    }
    return super.canActivate(context);
  }

  override handleRequest<TUser>(error: unknown, user: TUser): TUser {
    if (error) throw error;
    if (!user)
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'The e-mail or password is not correct');
    return user;
  }
}
