import { galleryPager, galleryQueryOf } from './gallery-page-view';

const page = (total: number, pageNumber: number, pageSize = 12) => ({
  contest: { id: 'c', slug: 's', nameVi: 'v', nameEn: 'e' },
  items: [],
  total,
  page: pageNumber,
  pageSize,
});

describe('gallery page view', () => {
  it('keeps the valid filters of the address and drops the others', () => {
    const { query, filters } = galleryQueryOf({
      q: '  sa huynh ',
      commune: 'Phường Hoàn Kiếm',
      district: 'x'.repeat(101),
      page: '1e308',
      category: 'y-tuong',
      unknown: 'ignored',
    });
    expect(filters).toEqual({ q: 'sa huynh', category: 'y-tuong' });
    expect(query.page).toBeUndefined();
    expect(galleryQueryOf({ page: '3', commune: 'Phường Sa Huỳnh' }).query).toMatchObject({
      page: 3,
      commune: 'Phường Sa Huỳnh',
    });
  });

  it('links the pages with the filters kept', () => {
    const pager = galleryPager('/contests/s/gallery', { q: 'gốm' }, page(30, 2));
    expect(pager).toEqual({
      page: 2,
      pages: 3,
      total: 30,
      previous: '/contests/s/gallery?q=g%E1%BB%91m',
      next: '/contests/s/gallery?q=g%E1%BB%91m&page=3',
    });
    // Beyond the last page, "previous" leads back to the last one.
    expect(galleryPager('/g', {}, page(30, 9)).previous).toBe('/g?page=3');
    expect(galleryPager('/g', {}, page(0, 1))).toMatchObject({ pages: 1, next: null });
  });
});
