import { AppConfig, parseStorageUrl } from '@app/platform';

/** Where the database lives, without the credentials of DATABASE_URL. */
function databaseTarget(databaseUrl: string): { client: string; args: string; name: string } {
  const url = new URL(databaseUrl);
  const client = url.protocol === 'mariadb:' ? 'mariadb-dump' : 'mysqldump';
  const user = url.username ? ` -u ${decodeURIComponent(url.username)} -p` : '';
  const args = `-h ${url.hostname} -P ${url.port || '3306'}${user}`;
  return { client, args, name: decodeURIComponent(url.pathname.slice(1)) || 'DATABASE' };
}

/** What to say about the uploaded files when they are in an S3 bucket, not on this disk. */
export function bucketAdvice(storageUrl: string): string[] {
  const location = parseStorageUrl(storageUrl);
  const where = `${location.bucket}/${location.prefix}`.replace(/\/$/, '');
  return [
    `Uploaded files are in the bucket "${where}" (STORAGE_URL), not in any archive of this command.`,
    'Back them up at the store: turn on bucket versioning (and replication to a second site or',
    `bucket where the store offers it), or copy them regularly: mc mirror ALIAS/${where} /backups/files`,
  ];
}

/**
 * The production profile's database is MySQL/MariaDB, which this command cannot copy
 * consistently itself; it says what to run instead, with this installation's names.
 */
export function productionBackupAdvice(config: AppConfig): string {
  const db = databaseTarget(config.DATABASE_URL ?? '');
  const files = config.STORAGE_URL
    ? bucketAdvice(config.STORAGE_URL)
    : [
        `Uploaded files are in ${config.storageDir} (STORAGE_DIR). A file is never changed once`,
        'written, so copy the folder after the dump: rsync -a STORAGE_DIR/ /backups/files/',
      ];
  return [
    '`backup` copies the embedded profile (SQLite and local uploads) only. This installation',
    'uses the production profile (DATABASE_URL is set); back it up as follows:',
    '',
    '1. The database, as one consistent snapshot without locking the portals:',
    `   ${db.client} --single-transaction --routines --triggers --hex-blob ` +
      `--default-character-set=utf8mb4 ${db.args} ${db.name} | gzip > platform-$(date +%F).sql.gz`,
    '2. The uploaded files:',
    ...files.map((line) => `   ${line}`),
    '3. Redis holds no record of its own: the outbox table in the database is the truth for',
    '   mail, and after a restore the worker queues the pending mail again.',
    '',
    'See "Backups" in the README for restoring.',
  ].join('\n');
}
