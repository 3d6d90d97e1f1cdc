import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the source is not interpreted (html: false): it comes out as text.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });

/**
 * The allow-list applied to the rendered HTML: structure and emphasis only, links to
 * http(s) and mailto, no attributes beyond href/title (so no `style`, no `data-*`, no
 * event handlers) and no images (they would load third-party content on organizers' screens).
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title'], td: ['align'], th: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // Headings of user text stay below the page's own headings.
    h1: 'h3',
    h2: 'h4',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer', target: '_blank' }),
  },
};
ALLOWED.allowedAttributes = { ...ALLOWED.allowedAttributes, a: ['href', 'title', 'rel', 'target'] };

/** Markdown written by a user, as HTML that is safe to put into a page or a mail. */
export function renderMarkdown(source: string | null | undefined): string {
  if (!source) return '';
  return sanitizeHtml(markdown.render(source), ALLOWED);
}

const MARKDOWN_LINK = /\[([^\]\n]*)\]\(([^)\n]*)\)/g;

/**
 * The text with every link it holds (addresses, bare domains such as `doi-em.vn`, e-mail
 * addresses) replaced by `marker`, found the way the renderer would find them, so nothing
 * that would become a link on the page survives.
 */
export function withoutLinks(source: string, marker: string): string {
  // A Markdown link keeps its words and loses its target, whatever the target looks like.
  const text = source.replace(MARKDOWN_LINK, (_, label: string) => `${label} ${marker}`);
  const matches = markdown.linkify.match(text);
  if (!matches) return text;
  let result = '';
  let from = 0;
  for (const match of matches) {
    result += text.slice(from, match.index) + marker;
    from = match.lastIndex;
  }
  return result + text.slice(from);
}
