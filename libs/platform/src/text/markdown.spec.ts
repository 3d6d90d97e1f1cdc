import { renderMarkdown, withoutLinks } from './markdown';

describe('renderMarkdown', () => {
  it('renders emphasis, lists and links', () => {
    const html = renderMarkdown(
      '**Giải pháp** cho *nông dân*\n\n- một\n- hai\n\n[xem](https://example.vn)',
    );
    expect(html).toContain('<strong>Giải pháp</strong>');
    expect(html).toContain('<em>nông dân</em>');
    expect(html).toContain('<li>một</li>');
    expect(html).toContain(
      '<a href="https://example.vn" rel="nofollow noopener noreferrer" target="_blank">xem</a>',
    );
  });

  it.each([
    ['raw script tags', '<script>alert(1)</script>', /<script/i],
    ['raw img with a handler', '<img src=x onerror=alert(1)>', /<img/i],
    ['a javascript: link', '[bấm](javascript:alert(1))', /href="javascript:/i],
    ['a data: link', '[bấm](data:text/html;base64,PHNjcmlwdD4=)', /href="data:/i],
    ['a vbscript: link', '[bấm](vbscript:msgbox(1))', /href="vbscript:/i],
    ['an autolinked javascript: URL', '<javascript:alert(1)>', /href="javascript:/i],
    ['style attributes', '<p style="color:red">x</p>', /<[^>]+style=/i],
    ['data attributes', '<span data-x="1">x</span>', /<[^>]+data-x=/i],
  ])('leaves %s inert', (_what, source, forbidden) => {
    expect(renderMarkdown(source)).not.toMatch(forbidden);
  });

  it('keeps raw HTML visible as text instead of dropping what the person wrote', () => {
    expect(renderMarkdown('<b>đậm</b>')).toContain('&lt;b&gt;đậm&lt;/b&gt;');
  });

  it('turns big headings into sub-headings and allows no images', () => {
    const html = renderMarkdown('# Tiêu đề\n\n![ảnh](https://tracker.example/pixel.png)');
    expect(html).toContain('<h3>Tiêu đề</h3>');
    expect(html).not.toContain('<img');
  });

  it('renders nothing for empty input', () => {
    expect(renderMarkdown(null)).toBe('');
    expect(renderMarkdown('')).toBe('');
  });
});

describe('withoutLinks', () => {
  it('replaces addresses, bare domains and e-mail addresses, and nothing else', () => {
    const text =
      'Máy sấy giá rẻ. Xem https://doi-em.vn/gioi-thieu, www.doi-em.vn hoặc doi-em.vn; [trang](https://x.vn) và lien.he@doi-em.vn.';
    const cleaned = withoutLinks(text, '[…]');
    expect(cleaned).toBe('Máy sấy giá rẻ. Xem […], […] hoặc […]; trang […] và […].');
    expect(renderMarkdown(cleaned)).not.toContain('<a ');
    expect(withoutLinks('Không có liên kết nào.', '[…]')).toBe('Không có liên kết nào.');
  });
});
