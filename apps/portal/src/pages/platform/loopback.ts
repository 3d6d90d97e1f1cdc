import { isIP } from 'node:net';

/**
 * Whether a socket's peer address is this machine: 127.0.0.0/8, ::1, or an IPv4 loopback
 * address mapped into IPv6. Only the socket counts: X-Forwarded-For and the like are
 * written by the client and prove nothing.
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const mapped = address.toLowerCase().replace(/^::ffff:/, '');
  if (isIP(mapped) === 4) return mapped.split('.')[0] === '127';
  return mapped === '::1' || mapped === '0:0:0:0:0:0:0:1';
}
