import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { swapIn } from './install-swap';

describe('swapIn', () => {
  let root: string;
  const file = (path: string, content: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  const read = (path: string) => readFileSync(join(root, path), 'utf8');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'swap-'));
    file('var/platform.sqlite', 'old database');
    file('var/platform.sqlite-wal', 'old journal');
    file('var/uploads/a', 'old file');
    file('stage/platform.sqlite', 'new database');
    file('stage/uploads/b', 'new file');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('puts every copy in place, takes the old journal away and deletes the old installation', async () => {
    await swapIn([
      { from: join(root, 'stage/platform.sqlite'), to: join(root, 'var/platform.sqlite') },
      { to: join(root, 'var/platform.sqlite-wal') },
      { from: join(root, 'stage/uploads'), to: join(root, 'var/uploads') },
    ]);
    expect(read('var/platform.sqlite')).toBe('new database');
    expect(read('var/uploads/b')).toBe('new file');
    expect(readdirSync(join(root, 'var')).sort()).toEqual(['platform.sqlite', 'uploads']);
  });

  it('puts everything back when one step fails, so nothing is half-restored', async () => {
    const swap = swapIn([
      { from: join(root, 'stage/platform.sqlite'), to: join(root, 'var/platform.sqlite') },
      { to: join(root, 'var/platform.sqlite-wal') },
      { from: join(root, 'stage/gone'), to: join(root, 'var/uploads') },
    ]);
    await expect(swap).rejects.toThrow(/ENOENT/);
    expect(read('var/platform.sqlite')).toBe('old database');
    expect(read('var/platform.sqlite-wal')).toBe('old journal');
    expect(read('var/uploads/a')).toBe('old file');
    expect(existsSync(join(root, 'stage/platform.sqlite'))).toBe(true);
    expect(readdirSync(join(root, 'var')).sort()).toEqual([
      'platform.sqlite',
      'platform.sqlite-wal',
      'uploads',
    ]);
  });
});
