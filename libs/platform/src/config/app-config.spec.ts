import { ConfigError, loadConfig } from './app-config';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('loadConfig', () => {
  const varDir = () => mkdtempSync(join(tmpdir(), 'cfg-'));

  it('defaults to the embedded profile and keeps a generated secret under VAR_DIR', () => {
    const dir = varDir();
    const config = loadConfig({ VAR_DIR: dir });
    expect(config.usesSqlite).toBe(true);
    expect(config.usesRedis).toBe(false);
    expect(config.PORT).toBe(3000);
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(config.jwtSecret);
    expect(loadConfig({ VAR_DIR: dir }).jwtSecret).toBe(config.jwtSecret);
  });

  it('refuses to start in production without the required settings, naming each variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', VAR_DIR: varDir() })).toThrow(ConfigError);
    try {
      loadConfig({ NODE_ENV: 'production', VAR_DIR: varDir() });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('JWT_SECRET');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('REDIS_URL');
    }
  });

  it('names the variable whose value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty', VAR_DIR: varDir() })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x', VAR_DIR: varDir() })).toThrow(
      /DATABASE_URL/,
    );
    expect(() => loadConfig({ JWT_SECRET: 'short', VAR_DIR: varDir() })).toThrow(/JWT_SECRET/);
  });

  it('refuses a per-account sign-in backstop that one client address could reach alone', () => {
    expect(loadConfig({ VAR_DIR: varDir() })).toMatchObject({
      AUTH_RATE_LIMIT_PER_HOUR: 20,
      AUTH_ACCOUNT_RATE_LIMIT_PER_HOUR: 100,
    });
    expect(() =>
      loadConfig({
        VAR_DIR: varDir(),
        AUTH_RATE_LIMIT_PER_HOUR: '100',
        AUTH_ACCOUNT_RATE_LIMIT_PER_HOUR: '100',
      }),
    ).toThrow(/AUTH_ACCOUNT_RATE_LIMIT_PER_HOUR must be larger than AUTH_RATE_LIMIT_PER_HOUR/);
  });

  it('takes an s3:// storage address and says what is wrong with a bad one, never its secret', () => {
    const dir = varDir();
    const url = 's3://key:storesecret@127.0.0.1:9000/uploads?tls=false';
    expect(loadConfig({ VAR_DIR: dir, STORAGE_URL: url }).STORAGE_URL).toBe(url);
    expect(JSON.stringify(loadConfig({ VAR_DIR: dir, STORAGE_URL: url }).describe())).not.toContain(
      'storesecret',
    );
    expect(() => loadConfig({ VAR_DIR: dir, STORAGE_URL: 'https://bucket' })).toThrow(
      /STORAGE_URL must start with s3:\/\//,
    );
    expect(() => loadConfig({ VAR_DIR: dir, STORAGE_URL: 's3://key:storesecret@host/NO' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('storesecret') }),
    );
  });

  it('masks secrets when described', () => {
    const config = loadConfig({
      VAR_DIR: varDir(),
      DATABASE_URL: 'mysql://root:pw@db/x',
      JWT_SECRET: 'x'.repeat(40),
    });
    const described = JSON.stringify(config.describe());
    expect(described).not.toContain('pw@db');
    expect(described).not.toContain('x'.repeat(40));
  });
});
