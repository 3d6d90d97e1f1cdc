import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { Translator } from '@app/platform';
import { HomePagesController } from './home-pages.controller';
import { en } from './i18n/en';
import { vi } from './i18n/vi';
import { PageExceptionFilter } from './page-exception.filter';
import { PageRenderer } from './page-renderer.service';
import { PasswordPagesController } from './password-pages.controller';
import { RegistrationPagesController } from './registration-pages.controller';
import { SignInPagesController } from './sign-in-pages.controller';

/** The server-rendered pages: usable without JavaScript, Vietnamese by default. */
@Module({
  imports: [AccountsModule],
  controllers: [
    HomePagesController,
    RegistrationPagesController,
    SignInPagesController,
    PasswordPagesController,
  ],
  providers: [PageRenderer, PageExceptionFilter],
  exports: [PageRenderer, PageExceptionFilter],
})
export class PagesModule {
  constructor(translator: Translator) {
    translator.register('pages', { vi, en });
  }
}
