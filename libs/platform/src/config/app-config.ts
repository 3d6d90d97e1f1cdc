import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  Validate,
  ValidateIf,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  validateSync,
} from 'class-validator';
import { parseStorageUrl } from '../storage/storage-url';
import { ConfigError } from './config-error';
import { readConfigSources } from './config-file';

export { ConfigError } from './config-error';

/** Marks a setting whose value must never be printed. */
const SECRET_KEYS = new Set<string>([
  'JWT_SECRET',
  'DATABASE_URL',
  'REDIS_URL',
  'SMTP_URL',
  'STORAGE_URL',
  'METRICS_TOKEN',
]);

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** A numeric setting that must be larger than another one (named in the constraint). */
@ValidatorConstraint({ name: 'exceedsSetting' })
class ExceedsSetting implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const other = (args.object as Record<string, unknown>)[args.constraints[0] as string];
    return typeof value === 'number' && typeof other === 'number' && value > other;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be larger than ${String(args.constraints[0])}`;
  }
}

/** An S3-compatible store's address, parsed as the storage module will parse it. */
@ValidatorConstraint({ name: 'storageUrl' })
class IsStorageUrl implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return this.problemOf(value) === undefined;
  }

  defaultMessage(args: ValidationArguments): string {
    return this.problemOf(args.value) ?? 'STORAGE_URL is not a valid s3:// URL';
  }

  private problemOf(value: unknown): string | undefined {
    try {
      parseStorageUrl(String(value));
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }
}

/**
 * The whole configuration of the platform, read once from the environment and validated.
 * Nothing outside this file reads `process.env`.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /**
   * Where the portal listens. Unset: only this machine (127.0.0.1) unless in production,
   * so a laptop running the demo on a school or conference network does not serve it,
   * with its development mailbox, to everyone there.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  HOST?: string = undefined;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  PUBLIC_URL?: string = undefined;

  @Transform(emptyToUndefined)
  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production' || c.DATABASE_URL !== undefined)
  @Matches(/^(mysql|mariadb):\/\/.+/, {
    message: 'DATABASE_URL must be a mysql:// or mariadb:// URL',
  })
  DATABASE_URL?: string = undefined;

  /** Connections in the pool, and how many requests may wait for one before failing fast. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  DB_POOL_SIZE = 10;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  DB_QUEUE_LIMIT = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_CONNECT_TIMEOUT_MS = 2000;

  @Transform(emptyToUndefined)
  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production' || c.REDIS_URL !== undefined)
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string = undefined;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string = undefined;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Cuộc thi Khởi nghiệp <no-reply@localhost>';

  @Transform(emptyToUndefined)
  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production' || c.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string = undefined;

  @Transform(toInt)
  @IsInt()
  @Min(30)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  @IsString()
  VAR_DIR = 'var';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  STORAGE_DIR?: string = undefined;

  /**
   * An S3-compatible bucket for uploaded files instead of the local disk, required as soon
   * as more than one host runs the platform: `s3://key:secret@host:port/bucket/prefix?tls=false`
   * (see storage-url.ts).
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Validate(IsStorageUrl)
  STORAGE_URL?: string = undefined;

  /** Largest accepted upload (one attachment), in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  UPLOAD_MAX_BYTES = 25 * 1024 * 1024;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  UPLOAD_MAX_FILES_PER_ENTRY = 10;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * `pretty`: one readable line per event, for a person watching a terminal; `json`: one
   * JSON object per line, for log collectors. Unset: pretty in development, JSON otherwise.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['json', 'pretty'])
  LOG_FORMAT?: 'json' | 'pretty' = undefined;

  /**
   * Bearer token that lets a scraper on another host read GET /metrics; without it only
   * this machine (a loopback client) may.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string = undefined;

  /** How many reverse proxies in front of the portal may set X-Forwarded-For. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUSTED_PROXIES = 0;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 256 * 1024;

  /**
   * Attempts per minute on one account from one client address (sign-in, forgotten
   * password, registration); also uses of one mailed link, refreshes of one session and
   * password changes of one account. See libs/accounts/src/throttling/auth-limits.ts.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT_PER_MINUTE = 10;

  /** Attempts per hour on one account from one client address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT_PER_HOUR = 20;

  /**
   * Sign-in attempts per hour on one account from all addresses together: the backstop
   * against guessing spread over many addresses. It must exceed the per-address hourly
   * limit, or a single address could lock the account's owner out.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Validate(ExceedsSetting, ['AUTH_RATE_LIMIT_PER_HOUR'])
  AUTH_ACCOUNT_RATE_LIMIT_PER_HOUR = 100;

  /**
   * Requests per minute to all sign-in and password routes from one client address: a
   * flood guard only, high because a school lab or dormitory shares one address.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_IP_RATE_LIMIT_PER_MINUTE = 300;

  /** Prefix of the BullMQ keys in Redis; lets several installations (or test runs) share one Redis. */
  @Matches(/^[\w-]{1,32}$/)
  QUEUE_PREFIX = 'scp';

  /** Seeds the demo contest and accounts into an empty database at start (embedded profile). */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  SEED_DEMO?: boolean = undefined;

  /** How often the in-process dispatcher and the relay look for pending mail, in ms. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 1000;

  /** Failed tries (4xx, connection) after which a mail is given up and marked failed. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  MAIL_MAX_ATTEMPTS = 8;

  /** Wait before the first retry of a mail; doubles on each further failure. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  MAIL_RETRY_BASE_MS = 2000;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  MAIL_RETRY_MAX_MS = 15 * 60 * 1000;

  /** A mail `queued` this long without an outcome (worker crash, lost Redis data) is queued again. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  OUTBOX_SWEEP_AFTER_MS = 5 * 60 * 1000;

  /** BullMQ job lock: after a worker crash its active jobs are retried once the lock expires. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  QUEUE_LOCK_MS = 30000;

  /** Mails delivered at the same time by one worker (or the embedded dispatcher). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  MAIL_CONCURRENCY = 10;

  /** How often due deadline reminders are looked for (worker's repeatable job, or the embedded portal), in ms. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(24 * 60 * 60 * 1000)
  REMINDER_SCAN_MS = 5 * 60 * 1000;

  /** Rounds with more entries than this are assigned by a queued job with a progress bar. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  ASSIGNMENT_JOB_THRESHOLD = 500;

  get logFormat(): 'json' | 'pretty' {
    return this.LOG_FORMAT ?? (this.NODE_ENV === 'development' ? 'pretty' : 'json');
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Embedded profile: SQLite and the in-process dispatcher. */
  get usesSqlite(): boolean {
    return !this.DATABASE_URL;
  }

  get listenHost(): string {
    return this.HOST ?? (this.isProduction ? '0.0.0.0' : '127.0.0.1');
  }

  /** The development mailbox (every mail's links, readable without signing in): never in production. */
  get servesDevMailbox(): boolean {
    return !this.isProduction;
  }

  get usesRedis(): boolean {
    return !!this.REDIS_URL;
  }

  get varDir(): string {
    return isAbsolute(this.VAR_DIR) ? this.VAR_DIR : resolve(process.cwd(), this.VAR_DIR);
  }

  get storageDir(): string {
    return this.STORAGE_DIR ? resolve(this.STORAGE_DIR) : join(this.varDir, 'uploads');
  }

  get mailDir(): string {
    return join(this.varDir, 'mail');
  }

  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  get jwtSecret(): string {
    if (!this.JWT_SECRET) throw new Error('JWT_SECRET was not resolved');
    return this.JWT_SECRET;
  }

  get seedDemo(): boolean {
    return this.SEED_DEMO ?? (this.usesSqlite && !this.isProduction);
  }

  /** Where the project's own files (views, static assets) live: the working directory. */
  get appRoot(): string {
    return process.cwd();
  }

  /** The settings with secrets masked, for printing. */
  describe(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this)) {
      out[key] = SECRET_KEYS.has(key) && value !== undefined ? '********' : value;
    }
    return out;
  }
}

/**
 * Reads and validates the configuration: the environment, over the file named by
 * `CONFIG_FILE` when there is one (see config-file.ts). A bad value throws a ConfigError
 * naming the variable, and the file when the value came from it. In the embedded profile a
 * missing JWT secret is generated once and kept under VAR_DIR so sessions survive a restart.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env,
): AppConfig {
  // Every setting has an initializer (undefined for optional ones), so this lists them all.
  const known = Object.keys(new AppConfig());
  const sources = readConfigSources(env, known);
  const input: Record<string, unknown> = {};
  for (const key of known) if (sources.values[key] !== undefined) input[key] = sources.values[key];
  const config = plainToInstance(AppConfig, input);
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const reasons = Object.values(e.constraints ?? {}).join('; ');
      const where = sources.fromFile.has(e.property) ? ` (set in ${sources.file})` : '';
      return `  ${e.property}: ${reasons}${where}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (!config.JWT_SECRET) config.JWT_SECRET = embeddedSecret(config.varDir);
  return config;
}

function embeddedSecret(varDir: string): string {
  const file = join(varDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(varDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
