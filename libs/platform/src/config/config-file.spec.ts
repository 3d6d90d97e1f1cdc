import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { AppConfig, ConfigError, loadConfig } from './app-config';

const PROFILES = ['embedded', 'production', 'test'] as const;
const example = (profile: (typeof PROFILES)[number]) =>
  join(process.cwd(), 'config', `${profile}.env.example`);
const settings = Object.keys(new AppConfig());

function writeConfigFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cfg-file-')), 'platform.env');
  writeFileSync(file, text);
  return file;
}

describe('CONFIG_FILE', () => {
  const varDir = () => mkdtempSync(join(tmpdir(), 'cfg-'));

  it('takes the settings of the file', () => {
    const file = writeConfigFile(
      `# a comment\nPORT=3100\nMAIL_FROM="Ban tổ chức <btc@example.vn>"\n`,
    );
    const config = loadConfig({ CONFIG_FILE: file, VAR_DIR: varDir() });
    expect(config.PORT).toBe(3100);
    expect(config.MAIL_FROM).toBe('Ban tổ chức <btc@example.vn>');
  });

  it('lets a real environment variable win over the file', () => {
    const file = writeConfigFile('PORT=3100\nLOG_LEVEL=debug\n');
    const config = loadConfig({ CONFIG_FILE: file, PORT: '3200', VAR_DIR: varDir() });
    expect(config.PORT).toBe(3200);
    expect(config.LOG_LEVEL).toBe('debug');
  });

  it('names the variable and the file for a bad value in the file', () => {
    const file = writeConfigFile('PORT=eighty\n');
    expect(() => loadConfig({ CONFIG_FILE: file, VAR_DIR: varDir() })).toThrow(ConfigError);
    expect(() => loadConfig({ CONFIG_FILE: file, VAR_DIR: varDir() })).toThrow(
      new RegExp(`PORT: .*\\(set in ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`),
    );
    // The environment's good value hides the file's bad one.
    expect(loadConfig({ CONFIG_FILE: file, PORT: '80', VAR_DIR: varDir() }).PORT).toBe(80);
  });

  it('refuses a name that is not a setting, so a misspelt one is not ignored', () => {
    const file = writeConfigFile('DATABSE_URL=mysql://db/x\n');
    expect(() => loadConfig({ CONFIG_FILE: file, VAR_DIR: varDir() })).toThrow(
      /CONFIG_FILE: .* names DATABSE_URL, which is not a setting/,
    );
  });

  it('says so when the file cannot be read', () => {
    expect(() => loadConfig({ CONFIG_FILE: '/nonexistent/platform.env' })).toThrow(
      /CONFIG_FILE: cannot read \/nonexistent\/platform.env \(ENOENT\)/,
    );
  });

  it('never prints a secret of the file in its messages', () => {
    const file = writeConfigFile('JWT_SECRET=tooshort-secret\n');
    expect(() => loadConfig({ CONFIG_FILE: file, VAR_DIR: varDir() })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('tooshort-secret') }),
    );
  });
});

describe('config/*.env.example', () => {
  it('the README configuration table names every setting too', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('\n## Configuration'), readme.indexOf('\n## API'));
    expect(settings.filter((key) => !table.includes(`\`${key}\``))).toEqual([]);
  });

  it.each(PROFILES)('%s names every setting of AppConfig', (profile) => {
    const text = readFileSync(example(profile), 'utf8');
    // Commented-out lines (`# PORT=3000`) name a setting left at its default.
    const named = new Set([...text.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(settings.filter((key) => !named.has(key))).toEqual([]);
    expect([...named].filter((key) => !settings.includes(key))).toEqual([]);
  });

  it('embedded states the defaults truly: loading it changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const fromFile = loadConfig({ CONFIG_FILE: example('embedded'), VAR_DIR: dir });
    expect(fromFile.describe()).toEqual(loadConfig({ VAR_DIR: dir }).describe());
  });

  it('embedded lists every default as it is', () => {
    const text = readFileSync(example('embedded'), 'utf8');
    const uncommented = text.replace(/^# ?(?=[A-Z][A-Z0-9_]+=)/gm, '');
    const stated = parseEnv(uncommented);
    const defaults = new AppConfig() as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(defaults)) {
      if (value === undefined) continue;
      expect(`${key}=${stated[key]}`).toBe(`${key}=${String(value)}`);
    }
  });

  it('production loads once its secret is filled in, and refuses to start without it', () => {
    const env = { CONFIG_FILE: example('production'), VAR_DIR: mkdtempSync(join(tmpdir(), 'c-')) };
    expect(() => loadConfig(env)).toThrow(/JWT_SECRET: .*\(set in .*production.env.example\)/);
    const config = loadConfig({ ...env, JWT_SECRET: 'x'.repeat(48) });
    expect(config.isProduction).toBe(true);
    expect(config.logFormat).toBe('json');
  });

  it('test loads as the suites use it', () => {
    const config = loadConfig({ CONFIG_FILE: example('test'), JWT_SECRET: 'y'.repeat(40) });
    expect(config).toMatchObject({ NODE_ENV: 'test', LOG_LEVEL: 'warn', SEED_DEMO: false });
  });
});
