// Drops the MariaDB databases the suites of this run created (listed by createDatabase).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import mysql from 'mysql2/promise';

export default async function globalTeardown() {
  const file = process.env.TEST_DATABASES_FILE;
  if (!file || !existsSync(file)) return;
  const names = readFileSync(file, 'utf8')
    .split('\n')
    .filter((n) => /^t_[0-9a-f]+$/.test(n));
  const connection = await mysql.createConnection({ host: '127.0.0.1', port: 3306, user: 'root' });
  try {
    for (const name of names) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
  rmSync(file);
}
