import { ConflictSource, ConflictSubject } from './conflict-of-interest.entity';
import { buildConflictMatrix } from './conflict-matrix';
import type { ConflictMatrixInput, MemberProfile, StoredConflict } from './conflict-matrix';

const empty: ConflictMatrixInput = { judges: [], entries: [], members: [], conflicts: [] };

function stored(
  judgeUserId: string,
  subject: ConflictSubject,
  value: string,
  source = ConflictSource.declared,
): StoredConflict {
  return { id: `c-${judgeUserId}-${value}`, judgeUserId, subject, value, source };
}

describe('the conflict matrix', () => {
  const entries = [
    { id: 'e1', organization: 'Trường THPT Lê Khiết' },
    { id: 'e2', organization: null },
    { id: 'e3', organization: null },
  ];
  const members: MemberProfile[] = [
    { entryId: 'e1', email: 'lan@gmail.com', organization: null },
    { entryId: 'e2', email: 'minh@pvdu.edu.vn', organization: 'Đại học Phạm Văn Đồng' },
    { entryId: 'e3', email: 'hoa@gmail.com', organization: 'Công ty Trường Hải' },
  ];

  it("detects the judge's organisation on the entry or on a member, however it is typed", () => {
    const matrix = buildConflictMatrix({
      ...empty,
      entries,
      members,
      judges: [
        { userId: 'j1', email: 'j1@gmail.com', organization: '  trường thpt  LÊ KHIẾT' },
        { userId: 'j2', email: 'j2@gmail.com', organization: 'ĐẠI HỌC PHẠM VĂN ĐỒNG' },
        { userId: 'j3', email: 'j3@gmail.com', organization: 'Công ty Trường Hai' },
      ],
    });
    expect(matrix.has('j1', 'e1')).toBe(true);
    expect(matrix.has('j1', 'e2')).toBe(false);
    expect(matrix.has('j2', 'e2')).toBe(true);
    expect(matrix.reasons('j2', 'e2')).toEqual([
      { source: 'detected', subject: ConflictSubject.organization, value: 'đại học phạm văn đồng' },
    ]);
    // Diacritics matter: Trường Hai is not Trường Hải.
    expect(matrix.has('j3', 'e3')).toBe(false);
  });

  it("detects the judge's institutional e-mail domain, never a public provider's", () => {
    const matrix = buildConflictMatrix({
      ...empty,
      entries,
      members,
      judges: [
        { userId: 'j1', email: 'thay.an@PVDU.edu.vn', organization: null },
        { userId: 'j2', email: 'someone@gmail.com', organization: null },
      ],
    });
    expect(matrix.has('j1', 'e2')).toBe(true);
    expect(matrix.reasons('j1', 'e2')[0]).toMatchObject({ subject: ConflictSubject.emailDomain });
    expect(matrix.entriesOf('j2').size).toBe(0);
  });

  it('detects a judge who is on the team', () => {
    const matrix = buildConflictMatrix({
      ...empty,
      entries,
      members,
      judges: [{ userId: 'j1', email: 'Lan@gmail.com', organization: null }],
    });
    expect([...matrix.entriesOf('j1')]).toEqual(['e1']);
  });

  it('applies stored conflicts about an entry, a person, an organisation and a domain', () => {
    const matrix = buildConflictMatrix({
      ...empty,
      entries,
      members,
      conflicts: [
        stored('j1', ConflictSubject.entry, 'e3', ConflictSource.recorded),
        stored('j2', ConflictSubject.person, 'HOA@gmail.com'),
        stored('j3', ConflictSubject.organization, 'công ty trường hải'),
        stored('j4', ConflictSubject.emailDomain, 'pvdu.edu.vn'),
        stored('j5', ConflictSubject.entry, 'not-in-this-contest'),
      ],
    });
    expect([...matrix.entriesOf('j1')]).toEqual(['e3']);
    expect(matrix.reasons('j1', 'e3')[0]).toMatchObject({ source: ConflictSource.recorded });
    expect([...matrix.entriesOf('j2')]).toEqual(['e3']);
    expect([...matrix.entriesOf('j3')]).toEqual(['e3']);
    expect([...matrix.entriesOf('j4')]).toEqual(['e2']);
    expect(matrix.entriesOf('j5').size).toBe(0);
    expect(matrix.size).toBe(4);
  });

  it('follows the current team: a member who leaves takes the conflict away', () => {
    const judges = [{ userId: 'j1', email: 'j@pvdu.edu.vn', organization: null }];
    expect(buildConflictMatrix({ ...empty, entries, members, judges }).has('j1', 'e2')).toBe(true);
    const after = members.filter((m) => m.entryId !== 'e2');
    expect(buildConflictMatrix({ ...empty, entries, members: after, judges }).has('j1', 'e2')).toBe(
      false,
    );
  });

  it('lists each reason once per pair', () => {
    const matrix = buildConflictMatrix({
      ...empty,
      entries: [{ id: 'e1', organization: 'Sở KH&CN' }],
      members: [
        { entryId: 'e1', email: 'a@sokhcn.gov.vn', organization: 'Sở KH&CN' },
        { entryId: 'e1', email: 'b@sokhcn.gov.vn', organization: 'sở kh&cn' },
      ],
      judges: [{ userId: 'j1', email: 'c@sokhcn.gov.vn', organization: 'SỞ KH&CN' }],
    });
    expect(matrix.reasons('j1', 'e1')).toHaveLength(2);
  });

  // Correctness at national scale; its cost is measured by the assignment load scenarios
  // (`npm run bench -- assignment`) against a baseline, never by a clock in a unit test.
  it('answers consistently for 5,000 entries x 3 members x 100 judges', () => {
    const organizations = Array.from({ length: 400 }, (_, i) => `Trường THPT số ${i}`);
    const domains = Array.from({ length: 300 }, (_, i) => `truong${i}.edu.vn`);
    const input: ConflictMatrixInput = { judges: [], entries: [], members: [], conflicts: [] };
    const entriesList = input.entries as { id: string; organization: string | null }[];
    const membersList = input.members as MemberProfile[];
    for (let e = 0; e < 5000; e++) {
      const id = `entry-${e}`;
      entriesList.push({ id, organization: organizations[e % organizations.length] });
      for (let m = 0; m < 3; m++) {
        const n = e * 3 + m;
        membersList.push({
          entryId: id,
          email: `sv${n}@${n % 2 ? 'gmail.com' : domains[n % domains.length]}`,
          organization: organizations[(e + m) % organizations.length],
        });
      }
    }
    const judges = Array.from({ length: 100 }, (_, j) => ({
      userId: `judge-${j}`,
      email: `gk${j}@${j % 2 ? 'gmail.com' : domains[(j * 7) % domains.length]}`,
      organization: j % 3 ? `Viện nghiên cứu ${j}` : organizations[j],
    }));
    const conflicts = judges.flatMap((judge, j) => [
      stored(judge.userId, ConflictSubject.entry, `entry-${j * 37}`),
      stored(judge.userId, ConflictSubject.person, `sv${j * 11}@gmail.com`),
    ]);

    const matrix = buildConflictMatrix({ ...input, judges, conflicts });
    let conflicted = 0;
    for (const judge of judges)
      for (const entry of input.entries) if (matrix.has(judge.userId, entry.id)) conflicted++;

    expect(conflicted).toBe(matrix.size);
    expect(conflicted).toBeGreaterThan(1000);
    expect(matrix.has('judge-1', 'entry-37')).toBe(true);
  });
});
