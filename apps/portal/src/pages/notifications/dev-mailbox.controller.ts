import { Controller, Get, Headers, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import nunjucks from 'nunjucks';
import { Public } from '@app/accounts';
import { DevMailboxService } from '@app/notifications';
import { DomainError, ErrorCode, formatMoment, Locale, toLocale } from '@app/platform';
import { isLoopbackAddress } from '../platform/loopback';

// A developer tool, never served in production; its few labels live here rather than in
// the product's catalogues.
const LABELS: Record<Locale, Record<string, string>> = {
  vi: {
    title: 'Hộp thư phát triển',
    time: 'Thời gian',
    to: 'Người nhận',
    subject: 'Tiêu đề',
    empty: 'Chưa có thư nào.',
    back: 'Quay lại hộp thư',
  },
  en: {
    title: 'Development mailbox',
    time: 'Time',
    to: 'To',
    subject: 'Subject',
    empty: 'No mail yet.',
    back: 'Back to the mailbox',
  },
};

const env = new nunjucks.Environment(null, { autoescape: true });

const LAYOUT_START = `<!doctype html><html lang="{{ lang }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ l.title }}</title>
<link rel="stylesheet" href="/static/site.css"></head><body class="dev-mailbox"><main>`;

const LIST = nunjucks.compile(
  `${LAYOUT_START}<h1>{{ l.title }}</h1>
{% if mails.length %}<table><thead><tr><th>{{ l.time }}</th><th>{{ l.to }}</th><th>{{ l.subject }}</th></tr></thead><tbody>
{% for mail in mails %}<tr><td><time datetime="{{ mail.iso }}">{{ moment(mail.iso) }}</time></td><td>{{ mail.to }}</td>
<td><a href="/dev/mailbox/{{ mail.id | urlencode }}">{{ mail.subject }}</a></td></tr>
{% endfor %}</tbody></table>{% else %}<p>{{ l.empty }}</p>{% endif %}</main></body></html>`,
  env,
);

const MESSAGE = nunjucks.compile(
  `${LAYOUT_START}<p><a href="/dev/mailbox">{{ l.back }}</a></p><h1>{{ mail.subject }}</h1>
<dl><dt>{{ l.time }}</dt><dd>{{ moment(mail.iso) }}</dd><dt>{{ l.to }}</dt><dd>{{ mail.to }}</dd></dl>
<pre>{% for part in parts %}{% if part.link %}<a href="{{ part.link }}">{{ part.link }}</a>{% else %}{{ part.text }}{% endif %}{% endfor %}</pre>
</main></body></html>`,
  env,
);

/** Splits text into plain runs and http(s) links, so links can be clickable while all of it stays escaped. */
function linkify(text: string): Array<{ text?: string; link?: string }> {
  const parts: Array<{ text?: string; link?: string }> = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ link: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/**
 * The mails the file transport wrote (no SMTP_URL), for trying flows such as sign-up in
 * development. Only the text part is shown: the HTML part would need inline styles the
 * portal's CSP forbids, and the text carries the same links.
 *
 * Those links sign people in (verification, password reset, a judge's first password),
 * so the mailbox answers only a browser on this machine, by the socket's address, and is
 * not registered at all in production (PortalModule). To anyone else it does not exist.
 */
@ApiExcludeController()
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(private readonly mailbox: DevMailboxService) {}

  @Get()
  @Public()
  async list(
    @Req() request: FastifyRequest,
    @Headers('accept-language') language: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    refuseUnlessLocal(request);
    const mails = (await this.mailbox.list()).map((mail) => ({
      ...mail,
      iso: mail.time.toISOString(),
    }));
    return this.html(reply, LIST, language, { mails });
  }

  @Get(':id')
  @Public()
  async show(
    @Req() request: FastifyRequest,
    @Param('id') id: string,
    @Headers('accept-language') language: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    refuseUnlessLocal(request);
    const mail = await this.mailbox.read(id);
    if (!mail) throw new DomainError(ErrorCode.NOT_FOUND);
    return this.html(reply, MESSAGE, language, {
      mail: { ...mail, iso: mail.time.toISOString() },
      parts: linkify(mail.text),
    });
  }

  private html(
    reply: FastifyReply,
    template: nunjucks.Template,
    language: string | undefined,
    data: Record<string, unknown>,
  ): string {
    const lang = toLocale(language?.slice(0, 2).toLowerCase());
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    return template.render({
      ...data,
      lang,
      l: LABELS[lang],
      moment: (iso: string) => formatMoment(iso, lang),
    });
  }
}

function refuseUnlessLocal(request: FastifyRequest): void {
  if (!isLoopbackAddress(request.socket.remoteAddress)) throw new DomainError(ErrorCode.NOT_FOUND);
}
