/** E-mail addresses are unique case-insensitively: stored, looked up and counted in this form. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
