import { DomainError, ErrorCode } from '@app/platform';
import { PageIdOrNewPipe, PageIdPipe } from './page-id.pipe';

describe('PageIdPipe', () => {
  const pipe = new PageIdPipe();

  it('passes a UUID, in lower case', () => {
    expect(pipe.transform('0B7E4C1A-9F3D-4E2B-8C5A-1D2E3F405162')).toBe(
      '0b7e4c1a-9f3d-4e2b-8c5a-1d2e3f405162',
    );
  });

  it.each(['new', '1', "' or 1=1", '0b7e4c1a-9f3d-4e2b-8c5a-1d2e3f40516', ''])(
    'answers the page’s 404 to %j',
    (raw) => {
      expect(() => pipe.transform(raw)).toThrow(
        expect.objectContaining({ code: ErrorCode.NOT_FOUND }) as DomainError,
      );
    },
  );
});

describe('PageIdOrNewPipe', () => {
  const pipe = new PageIdOrNewPipe();

  it('passes `new` (the form of something not created yet) and ids', () => {
    expect(pipe.transform('new')).toBe('new');
    expect(pipe.transform('0B7E4C1A-9F3D-4E2B-8C5A-1D2E3F405162')).toBe(
      '0b7e4c1a-9f3d-4e2b-8c5a-1d2e3f405162',
    );
  });

  it('answers the page’s 404 to anything else', () => {
    for (const raw of ['New', 'new-ish', 'x'])
      expect(() => pipe.transform(raw)).toThrow(
        expect.objectContaining({ code: ErrorCode.NOT_FOUND }) as DomainError,
      );
  });
});
