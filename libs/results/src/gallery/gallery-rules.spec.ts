import { foldVietnamese } from '@app/platform';
import { EntryStatus } from '@app/entries';
import { gallerySearchText, mayShowInGallery } from './gallery-rules';

describe('gallery rules', () => {
  it('shows submitted entries and later, never drafts, withdrawn or ineligible ones', () => {
    const shown = Object.values(EntryStatus).filter(mayShowInGallery).sort();
    expect(shown).toEqual(['advanced', 'eligible', 'eliminated', 'submitted']);
  });

  it('folds title, summary and team name the way a query is folded', () => {
    const text = gallerySearchText({
      title: 'Gốm Sa Huỳnh',
      summary: 'Quà lưu niệm\n\ntừ ĐẤT nung',
      teamName: 'Nhóm Đất Nung',
    });
    expect(text).toBe('gom sa huynh\nqua luu niem tu dat nung\nnhom dat nung');
    expect(text).toContain(foldVietnamese('SA HUỲNH'));
    expect(text).toContain(foldVietnamese('Sa Huỳnh'.normalize('NFD')));
  });

  it('never lets a query match across two fields', () => {
    const text = gallerySearchText({ title: 'Muối sạch', summary: null, teamName: 'Biển xanh' });
    expect(text).toBe('muoi sach\nbien xanh');
    expect(text.includes(foldVietnamese('sạch biển'))).toBe(false);
  });
});
