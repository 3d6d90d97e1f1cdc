import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

/** The lint rule that keeps page code from reading error message text (eslint.config.mjs). */
describe('the no-message-text lint rule of the pages', () => {
  let lint: (code: string) => string[];

  beforeAll(async () => {
    const config = (await import(pathToFileURL(join(process.cwd(), 'eslint.config.mjs')).href)) as {
      NO_MESSAGE_TEXT: { selector: string; message: string }[];
    };
    const linter = new Linter({ configType: 'flat' });
    lint = (code) =>
      linter
        .verify(
          code,
          {
            files: ['**/*.ts'],
            languageOptions: { parser: tseslint.parser },
            rules: { 'no-restricted-syntax': ['error', ...config.NO_MESSAGE_TEXT] },
          },
          'page.ts',
        )
        .map((problem) => problem.message);
  });

  it.each([
    "if (detail.messages.some((m) => m.startsWith('is required'))) n++;",
    "const text = detail.messages?.join(' ') ?? '';",
    'if (/must be after/.test(error.message)) n++;',
    "if (error.message.startsWith('x')) n++;",
    "if (error.message.includes('leader')) n++;",
  ])('refuses %s', (code) => {
    expect(lint(code)).toHaveLength(1);
  });

  it.each([
    'const key = fieldErrorKey(detail.code);',
    "if (field.startsWith('attachments.')) n++;",
    'const shown = team.message;',
    'if (/^-?\\d+$/.test(text)) n++;',
  ])('allows %s', (code) => {
    expect(lint(code)).toEqual([]);
  });
});
