/**
 * Recognises database errors by their number or code, never by message text.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as {
    errno?: number;
    code?: string;
    driverError?: { errno?: number; code?: string };
  };
  const inner = e?.driverError ?? e;
  return (
    inner?.errno === 1062 ||
    inner?.code === 'ER_DUP_ENTRY' ||
    inner?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    inner?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * Another transaction held what this one needed and the database gave up on it (MySQL
 * deadlock 1213 or lock wait timeout 1205): running the unit of work again is safe.
 */
export function isLockConflict(error: unknown): boolean {
  const e = error as { errno?: number; driverError?: { errno?: number } };
  const errno = e?.driverError?.errno ?? e?.errno;
  return errno === 1213 || errno === 1205;
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  'POOL_CLOSED',
  'SQLITE_BUSY',
]);

/** The database (or its pool) cannot serve right now: answer 503, not 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string };
  const code = e?.driverError?.code ?? e?.code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  // mysql2 raises a plain Error without a code when the pool's wait queue is full.
  return e instanceof Error && e.message === 'Queue limit reached.';
}
