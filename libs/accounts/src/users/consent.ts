/**
 * The version of the personal-data consent text (Law 91/2025/QH15, Decree 356/2025)
 * shown at registration. Change it whenever the text changes: each user row records the
 * version they accepted and when.
 */
export const CONSENT_VERSION = '2025-1';
