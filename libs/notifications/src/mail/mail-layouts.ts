/** Everything a layout receives: already translated strings, escaped by the engine on output. */
export interface MailView {
  lang: string;
  subject: string;
  greeting: string;
  before: string[];
  /** An inline image (the pass's QR code): `cid:` source and its text alternative. */
  image?: { src: string; alt: string };
  action?: { label: string; link: string };
  after: string[];
  automatic: string;
  signature: string;
}

// Rendered with autoescape on: every value, translated or from the user, is escaped.
export const HTML_LAYOUT = `<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ subject }}</title>
</head>
<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1f2933">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:6px">
<tr><td style="padding:24px">
<p>{{ greeting }}</p>
{% for line in before %}<p>{{ line }}</p>
{% endfor %}{% if image %}<p style="text-align:center"><img src="{{ image.src }}" alt="{{ image.alt }}" width="240" height="240" style="display:inline-block"></p>
{% endif %}{% if action %}<p style="margin:24px 0"><a href="{{ action.link }}" style="background:#0b5cad;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">{{ action.label }}</a></p>
<p style="font-size:13px;color:#52606d;word-break:break-all">{{ action.link }}</p>
{% endif %}{% for line in after %}<p style="white-space:pre-line">{{ line }}</p>
{% endfor %}<p>{{ signature }}</p>
<p style="font-size:12px;color:#7b8794">{{ automatic }}</p>
</td></tr>
</table>
</body>
</html>
`;

export const TEXT_LAYOUT = `{{ greeting }}

{% for line in before %}{{ line }}

{% endfor %}{% if action %}{{ action.label }}: {{ action.link }}

{% endif %}{% for line in after %}{{ line }}

{% endfor %}{{ signature }}

{{ automatic }}
`;
