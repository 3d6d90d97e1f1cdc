/**
 * A redirect target taken from user input (`next`): only a path on this site. Anything
 * that a browser could read as another origin (`//host`, `/\host`, a scheme) is refused.
 */
export function safeLocalPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  // Control characters and backslashes have no place in our own paths; browsers treat
  // some of them as separators.
  if (!value.isWellFormed()) return undefined;
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === '\\') return undefined;
  }
  // A Location header carries Latin-1 only: spaces and anything beyond ASCII go
  // percent-encoded (a path the browser typed as `/hồ-sơ` arrives here decoded).
  return value.replace(/[^\x21-\x7e]/gu, (char) => encodeURIComponent(char));
}

const PAGE_BASE = 'http://page.invalid';

/**
 * The request target as a URL, read as a path on this site whatever it looks like
 * (`//host`, `//[`), or undefined for a target that is no path at all (`*`, an absolute
 * URL): never throws, so a request line cannot turn into a 500.
 */
export function parseRequestPath(target: string): URL | undefined {
  if (!target.startsWith('/')) return undefined;
  try {
    return new URL(PAGE_BASE + target);
  } catch {
    return undefined;
  }
}
