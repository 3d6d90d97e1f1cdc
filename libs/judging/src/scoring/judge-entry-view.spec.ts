import { ENTRY_FIELDS } from '@app/entries';
import { LINK_WITHHELD, toJudgeEntryView } from './judge-entry-view';

const snapshot: Record<string, unknown> = {
  id: 'e1',
  code: 'QNG5-0001',
  title: 'Nước mắm Sa Huỳnh',
  applicantType: 'student',
  fieldKey: 'nong-nghiep',
  stage: 'idea',
  businessRegisteredOn: '2025-01-02',
  videoUrl: 'https://youtu.be/abc',
  teamName: 'Đội Biển',
  organization: 'Trường ĐH Phạm Văn Đồng',
  district: 'Thị xã Đức Phổ',
  commune: 'Phường Sa Huỳnh',
  members: [{ fullName: 'Lê Văn An', organization: null, role: 'leader', email: 'an@x.vn' }],
  attachments: [],
  answers: {},
};
for (const key of [
  'summary',
  'problem',
  'solution',
  'customers',
  'businessModel',
  'advantage',
  'fundingNeeds',
])
  snapshot[key] = `${key}: xem https://doibien.vn`;

const view = (blind: boolean) =>
  toJudgeEntryView(snapshot, { blind, fileUrl: (id) => `/f/${id}` }) as unknown as Record<
    string,
    unknown
  > & { team: Record<string, unknown> | null };

describe('the judge view follows the field list', () => {
  it('copies every field of the list when judging is open, the team identity under team', () => {
    const open = view(false);
    for (const spec of ENTRY_FIELDS) {
      const shown = open.team && spec.key in open.team ? open.team[spec.key] : open[spec.key];
      expect(shown).toBe(snapshot[spec.key]);
    }
    expect(open.team?.members).toEqual([
      { fullName: 'Lê Văn An', organization: null, role: 'leader' },
    ]);
  });

  it('in a blind contest withholds what names the team and removes links from prose', () => {
    const blind = view(true);
    expect(blind.team).toBeNull();
    expect(blind.videoUrl).toBeNull();
    for (const key of ['teamName', 'organization', 'commune', 'district'])
      expect(blind).not.toHaveProperty(key);
    expect(blind.summary).toBe(`summary: xem ${LINK_WITHHELD}`);
    expect(blind.fundingNeeds).toBe(`fundingNeeds: xem ${LINK_WITHHELD}`);
    expect(blind.title).toBe('Nước mắm Sa Huỳnh');
    expect(blind.stage).toBe('idea');
  });
});
