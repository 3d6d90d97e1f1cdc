/**
 * A redirect target taken from user input (`next`): only a path on this site. Anything
 * that a browser could read as another origin (`//host`, `/\host`, a scheme) is refused.
 */
export function safeLocalPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  // Control characters and backslashes have no place in our own paths; browsers treat
  // some of them as separators.
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === '\\') return undefined;
  }
  return value;
}
