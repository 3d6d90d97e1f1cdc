/**
 * How names and addresses are compared when looking for conflicts of interest. Kept free
 * of Nest and TypeORM so the rules are unit-tested on their own.
 */

/**
 * Mail providers anyone can sign up with: sharing one says nothing about a relationship,
 * so they never make a conflict, and a judge cannot declare one of them as a domain.
 */
export const PUBLIC_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.com.vn',
  'ymail.com',
  'outlook.com',
  'outlook.com.vn',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'zoho.com',
  'yandex.com',
  'mail.ru',
  'qq.com',
  '163.com',
]);

/**
 * An organisation's name as compared: Unicode NFC (a name typed on two keyboards may
 * compose its diacritics differently), lower-cased, trimmed, inner spaces collapsed.
 * Diacritics are kept: "Trường Hải" and "Trường Hai" are different names.
 */
export function normaliseOrganization(name: string | null | undefined): string | null {
  if (!name) return null;
  // Unicode has no lower-casing rule of its own for Vietnamese (only Turkish, Azeri and
  // Lithuanian have one), so the plain lower-casing is the same and ten times faster; a
  // judge's queue normalises every organisation of the judge's entries and their teams.
  const normalised = name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return normalised === '' ? null : normalised;
}

export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

/** The part after the last `@`, lower-cased; null for something that is not an address. */
export function emailDomainOf(email: string | null | undefined): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at < 1) return null;
  return normaliseDomain(email.slice(at + 1));
}

export function normaliseDomain(domain: string): string | null {
  const normalised = domain.trim().toLowerCase().replace(/^@+/, '').replace(/\.+$/, '');
  return normalised === '' ? null : normalised;
}

export function isPublicEmailDomain(domain: string | null): boolean {
  return domain !== null && PUBLIC_EMAIL_DOMAINS.has(domain);
}

/** A domain that can tie a judge to a team: a real domain that is not a public provider. */
export function institutionalDomainOf(email: string | null | undefined): string | null {
  const domain = emailDomainOf(email);
  return domain && !isPublicEmailDomain(domain) ? domain : null;
}
