/**
 * The bad values the bad-input suite sends. JSON values are kept as raw JSON text, so
 * tokens JSON.stringify cannot write (`1e999`, `-0`, `1E-7`, lone surrogates) reach the
 * server exactly as an attacker would type them.
 */

export interface RawJson {
  label: string;
  json: string;
}

const raw = (label: string, json: string): RawJson => ({ label, json });
const value = (label: string, v: unknown): RawJson => raw(label, JSON.stringify(v));

function nested(depth: number, open: string, close: string): string {
  return open.repeat(depth) + '1' + close.repeat(depth);
}

/** Values for one property of a JSON body, whatever its declared type. */
export const BAD_PROPERTY_VALUES: RawJson[] = [
  raw('null', 'null'),
  raw('true', 'true'),
  raw('zero', '0'),
  raw('negative', '-1'),
  raw('fraction', '1.5'),
  raw('exponent small', '1e-7'),
  raw('exponent huge', '1e308'),
  raw('overflow to Infinity', '1e999'),
  raw('beyond safe integer', '9007199254740993'),
  value('empty string', ''),
  value('blank string', '   '),
  value('NUL character', 'a\u0000b'),
  raw('lone surrogate', '"\\ud800x"'),
  value('astral and RTL', '𝔘𝔫𝔦 ‮ كود 🙂'),
  value('numeric string', '1e308'),
  value('impossible date', '2027-02-30T25:61:00+07:00'),
  value('markup', '<script>alert(1)</script>{{7*7}}'),
  value('huge string', 'x'.repeat(70_000)),
  raw('empty array', '[]'),
  raw('array of null', '[null]'),
  value(
    'long array',
    Array.from({ length: 5000 }, (_, i) => i),
  ),
  value(
    'array of objects',
    Array.from({ length: 1000 }, () => ({})),
  ),
  raw('empty object', '{}'),
  raw('prototype key', '{"__proto__":{"polluted":true}}'),
  raw('nested 40 deep', nested(40, '{"a":', '}')),
  raw('nested 5000 deep', nested(5000, '[', ']')),
];

/** Whole JSON bodies, sent in place of the route's body. */
export const BAD_JSON_BODIES: Array<{ label: string; body: Buffer | string }> = [
  { label: 'null body', body: 'null' },
  { label: 'array body', body: '[]' },
  { label: 'array of bodies', body: '[{},{}]' },
  { label: 'string body', body: '"text"' },
  { label: 'number body', body: '1e999' },
  { label: 'boolean body', body: 'false' },
  { label: 'empty object body', body: '{}' },
  { label: 'empty body', body: '' },
  { label: 'truncated JSON', body: '{"a":' },
  { label: 'trailing comma', body: '{"a":1,}' },
  { label: 'single quotes', body: "{'a':1}" },
  { label: 'NaN literal', body: '{"a":NaN}' },
  { label: 'BOM before JSON', body: '\ufeff{}' },
  {
    label: 'invalid UTF-8',
    body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
  },
  { label: 'overlong UTF-8', body: Buffer.from([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]) },
  { label: 'deep arrays', body: nested(10_000, '[', ']') },
  { label: 'deep objects', body: nested(5_000, '{"a":', '}') },
  { label: 'deep object keys', body: `{"x":${nested(3_000, '{"b":[', ']}')}}` },
  { label: 'prototype pollution', body: '{"__proto__":{"role":"admin"}}' },
  { label: 'constructor pollution', body: '{"constructor":{"prototype":{"role":"admin"}}}' },
  { label: 'duplicate keys', body: '{"a":1,"a":{"b":2},"a":null}' },
  {
    label: 'many keys',
    body: JSON.stringify(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]))),
  },
  { label: 'over the body limit', body: JSON.stringify({ big: 'z'.repeat(300 * 1024) }) },
];

/** Other content types and encodings for a body. */
export const BAD_CONTENT_TYPES: Array<{
  label: string;
  contentType?: string;
  body: string | Buffer;
}> = [
  { label: 'text/plain', contentType: 'text/plain', body: 'hello' },
  { label: 'xml', contentType: 'application/xml', body: '<?xml version="1.0"?><a>&x;</a>' },
  {
    label: 'json as utf-16',
    contentType: 'application/json; charset=utf-16',
    body: Buffer.from('{}', 'utf16le'),
  },
  {
    label: 'json with odd parameters',
    contentType: 'application/json; charset="x"; q=;;',
    body: '{}',
  },
  { label: 'no content type', body: '{"a":1}' },
  {
    label: 'urlencoded oddities',
    contentType: 'application/x-www-form-urlencoded',
    body: 'a=1&a=2&b[c]=3&%FF=%FF&d=%zz&e',
  },
  {
    label: 'urlencoded huge',
    contentType: 'application/x-www-form-urlencoded',
    body: `a=${'q'.repeat(200_000)}`,
  },
  { label: 'multipart without boundary', contentType: 'multipart/form-data', body: 'x' },
  {
    label: 'multipart wrong boundary',
    contentType: 'multipart/form-data; boundary=abc',
    body: '--xyz\r\n\r\n--xyz--',
  },
  {
    label: 'multipart truncated',
    contentType: 'multipart/form-data; boundary=abc',
    body: '--abc\r\nContent-Disposition: form-data; name="kind"\r\n\r\npit',
  },
];

/** Query values, already URL-encoded (or deliberately not). */
export const BAD_QUERY_VALUES: Array<{ label: string; value: string }> = [
  { label: 'exponent', value: '1e308' },
  { label: 'negative', value: '-1' },
  { label: 'zero', value: '0' },
  { label: 'fraction', value: '1.5' },
  { label: 'Infinity', value: 'Infinity' },
  { label: 'NaN', value: 'NaN' },
  { label: 'word', value: 'abc' },
  { label: 'empty', value: '' },
  { label: 'invalid percent', value: '%zz%' },
  { label: 'invalid UTF-8', value: '%FF%FE%C3' },
  { label: 'NUL', value: '%00' },
  { label: 'unicode', value: '%E1%BA%A1%F0%9F%99%82' },
  { label: 'huge', value: 'w'.repeat(6000) },
  { label: 'array syntax', value: '1&__NAME__=2&__NAME__[]=3&__NAME__[a]=4' },
];

/** The language switch and `next` run the same code on every page: a shorter list there. */
export const BAD_PAGE_QUERY_VALUES = BAD_QUERY_VALUES.filter((v) =>
  ['exponent', 'invalid percent', 'invalid UTF-8', 'NUL', 'unicode', 'array syntax'].includes(
    v.label,
  ),
);

export const BAD_PARAM_VALUES: Array<{ label: string; value: string }> = [
  { label: 'not a uuid', value: 'not-a-uuid' },
  { label: 'uppercase uuid', value: 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE' },
  { label: 'uuid with spaces', value: '%20123e4567-e89b-42d3-a456-426614174000%20' },
  { label: 'NUL', value: '%00' },
  { label: 'traversal', value: '..%2F..%2Fetc%2Fpasswd' },
  { label: 'invalid UTF-8', value: '%FF%FE' },
  { label: 'invalid percent', value: '%zz' },
  { label: 'right-to-left mark', value: '%E2%80%AE' },
  { label: 'very long', value: 'p'.repeat(300) },
  { label: 'SQL', value: "'%20OR%201%3D1" },
  { label: 'number', value: '1e308' },
];

/** Values a page form field gets (urlencoded); `__NAME__` repeats the field name. */
export const BAD_FORM_VALUES: Array<{ label: string; value: string }> = [
  { label: 'empty', value: '' },
  { label: 'invalid UTF-8', value: '%FF%FE' },
  { label: 'invalid percent', value: '%zz' },
  { label: 'NUL', value: 'a%00b' },
  { label: 'exponent', value: '1e308' },
  { label: 'negative exponent', value: '-1e-7' },
  { label: 'Infinity', value: 'Infinity' },
  { label: 'unicode', value: '%F0%9F%99%82%E2%80%AE' },
  { label: 'markup', value: '%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { label: 'long', value: 'f'.repeat(9000) },
  { label: 'repeated', value: 'a&__NAME__=b&__NAME__=c' },
  { label: 'bracket keys', value: 'x&__NAME__[0]=1&__NAME__[a][b]=2' },
  { label: 'date nonsense', value: '2027-13-45T99%3A99' },
  { label: 'on', value: 'on' },
];

/** Request lines and headers no browser sends, written on a raw socket. */
export const ODD_REQUESTS: Array<{ label: string; head: string }> = [
  { label: 'unclosed IPv6 host in path', head: 'GET //[?lang=en HTTP/1.1' },
  { label: 'double slash with lang', head: 'GET //evil.example/?lang=en HTTP/1.1' },
  { label: 'invalid percent in path', head: 'GET /%zz?lang=en HTTP/1.1' },
  { label: 'invalid UTF-8 in path', head: 'GET /contests/%FF%FE HTTP/1.1' },
  { label: 'absolute-form target', head: 'GET http://evil.example/contests HTTP/1.1' },
  { label: 'asterisk target', head: 'OPTIONS * HTTP/1.1' },
  { label: 'asterisk GET', head: 'GET * HTTP/1.1' },
  { label: 'fragment', head: 'GET /contests#x?lang=en HTTP/1.1' },
  { label: 'two langs', head: 'GET /contests?lang=en&lang=vi&lang=%FF HTTP/1.1' },
  { label: 'lang with NUL', head: 'GET /contests?lang=%00 HTTP/1.1' },
  { label: 'encoded api prefix', head: 'GET /%61pi/v1/me HTTP/1.1' },
  { label: 'dot segments', head: 'GET /contests/../api/v1/me HTTP/1.1' },
  { label: 'encoded dot segments', head: 'GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1' },
  { label: 'backslashes', head: 'GET /\\\\evil.example/?lang=vi HTTP/1.1' },
  { label: 'next with non-Latin-1', head: 'GET /login?next=/entries/%E1%BB%87 HTTP/1.1' },
  { label: 'next raw UTF-8', head: 'GET /login?next=/hồ-sơ HTTP/1.1' },
  {
    label: 'lang on a non-Latin-1 path',
    head: 'GET /contests/ti%E1%BA%BFng-vi%E1%BB%87t?lang=en HTTP/1.1',
  },
  { label: 'raw UTF-8 path with lang', head: 'GET /hồ-sơ?lang=en HTTP/1.1' },
  { label: 'semicolon path parameter', head: 'GET /api/v1/me;jsessionid=1 HTTP/1.1' },
  { label: 'unknown method', head: 'BREW /contests HTTP/1.1' },
  { label: 'HTTP/1.0 without Host', head: 'GET /contests HTTP/1.0' },
  { label: 'HTTP/2 preface on HTTP/1', head: 'PRI * HTTP/2.0' },
  { label: 'very long path', head: `GET /${'a'.repeat(20_000)} HTTP/1.1` },
  { label: 'query only question marks', head: 'GET /contests???lang=en HTTP/1.1' },
  {
    label: 'header with non-Latin-1',
    head: 'GET /contests HTTP/1.1\r\nAccept-Language: tiếng-việt,\u00ff;q=x',
  },
  {
    label: 'cookie garbage',
    head: 'GET /me/entries HTTP/1.1\r\nCookie: scp_session=%FF%zz; lang=%00; =; ;;',
  },
  { label: 'bearer garbage', head: 'GET /api/v1/me HTTP/1.1\r\nAuthorization: Bearer a.b.c' },
  {
    label: 'bearer none algorithm',
    head: 'GET /api/v1/me HTTP/1.1\r\nAuthorization: Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
  },
  {
    label: 'two content lengths',
    head: 'POST /api/v1/auth/login HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3',
  },
  {
    label: 'chunked and length',
    head: 'POST /api/v1/auth/login HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 5',
  },
];
