import { Injectable, Optional } from '@nestjs/common';
import nunjucks from 'nunjucks';
import { formatMoment, Locale, toLocale, Translator } from '@app/platform';
import type { MailData } from '../outbox/notification.entity';
import { MAIL_CATALOGUE, MAIL_NAMESPACE } from './mail.catalogue';
import { honorificFor } from './salutation';
import { HTML_LAYOUT, MailView, TEXT_LAYOUT } from './mail-layouts';
import { MAIL_TEMPLATES, MailTemplate, MailTemplateSpec } from './mail.templates';
import { inlineCid } from '../delivery/mail-attachments';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** The row names a template this version does not know, or lacks data it needs: retrying cannot help. */
export class MailTemplateError extends Error {}

/**
 * Turns (template, locale, data) into subject, HTML and text. HTML is rendered with
 * autoescape, so a user's name containing markup shows as text; links must be http(s) so
 * a `javascript:` URL cannot reach a button.
 */
@Injectable()
export class MailRenderer {
  private readonly translator: Translator;
  private readonly html = nunjucks.compile(
    HTML_LAYOUT,
    new nunjucks.Environment(null, { autoescape: true }),
  );
  private readonly text = nunjucks.compile(
    TEXT_LAYOUT,
    new nunjucks.Environment(null, { autoescape: false }),
  );

  constructor(@Optional() translator?: Translator) {
    this.translator = (translator ?? new Translator()).register(MAIL_NAMESPACE, MAIL_CATALOGUE);
  }

  static knows(template: string): template is MailTemplate {
    return Object.hasOwn(MAIL_TEMPLATES, template);
  }

  render(template: string, locale: string, data: MailData): RenderedMail {
    if (!MailRenderer.knows(template))
      throw new MailTemplateError(`unknown mail template "${template}"`);
    const spec: MailTemplateSpec = MAIL_TEMPLATES[template];
    const lang = toLocale(locale);
    const values = this.values(template, spec, lang, data);
    const shown = (key: string) => !spec.optionalFields?.includes(key) || values[key] !== '';
    const t = (key: string) =>
      this.translator.t(
        lang,
        `${MAIL_NAMESPACE}:${key.includes('.') ? key : `${template}.${key}`}`,
        values,
      );
    const view: MailView = {
      lang,
      subject: t('subject'),
      greeting: this.greeting(spec, lang, values),
      before: spec.before.filter(shown).map(t),
      image: spec.inlineImage && {
        src: `cid:${inlineCid(spec.inlineImage.attachment)}`,
        alt: t(spec.inlineImage.alt),
      },
      action: spec.action && { label: t(spec.action.label), link: values[spec.action.linkField] },
      after: spec.after.filter(shown).map(t),
      signature: t('common.signature'),
      automatic: t('common.automatic'),
    };
    return { subject: view.subject, html: this.html.render(view), text: this.text.render(view) };
  }

  /** "Xin chào Lan," to everyone; "Kính gửi PGS.TS. Nguyễn Văn A," to a judge. */
  private greeting(spec: MailTemplateSpec, locale: Locale, values: Record<string, string>) {
    const key = `${MAIL_NAMESPACE}:common.greeting`;
    if (!spec.formal) return this.translator.t(locale, key, values);
    const honorific = honorificFor(values.honorific, locale);
    return this.translator.t(locale, `${key}Formal${honorific ? '' : 'Plain'}`, {
      ...values,
      honorific,
    });
  }

  private values(
    template: string,
    spec: MailTemplateSpec,
    locale: Locale,
    data: MailData,
  ): Record<string, string> {
    const values: Record<string, string> = {};
    for (const field of spec.fields) {
      const value = data[field];
      if (value === undefined || value === null || value === '')
        throw new MailTemplateError(`mail template "${template}" needs "${field}"`);
      values[field] = String(value);
    }
    for (const field of spec.optionalFields ?? []) {
      const value = data[field];
      values[field] = value === undefined || value === null ? '' : String(value);
    }
    if (spec.action && !/^https?:\/\//i.test(values[spec.action.linkField]))
      throw new MailTemplateError(`mail template "${template}" needs an http(s) link`);
    for (const field of spec.timeFields ?? []) values[field] = localTime(values[field], locale);
    return values;
  }
}

/**
 * `lúc 20:56, 04/12/2026 (GMT+7)`: written like the pages (display-formats), and naming
 * the clock because a mail is read without the page around it.
 */
function localTime(value: string, locale: Locale): string {
  const instant = new Date(/^\d+$/.test(value) ? Number(value) : value);
  if (Number.isNaN(instant.getTime())) return value;
  return `${formatMoment(instant, locale)} (GMT+7)`;
}
