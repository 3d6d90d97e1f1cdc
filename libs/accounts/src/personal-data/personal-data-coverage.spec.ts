import { coverageProblems, looksPersonal } from './personal-data-coverage';

const schema = [
  { table: 'users', columns: ['id', 'email', 'fullName', 'locale'] },
  { table: 'contests', columns: ['id', 'nameVi', 'createdAt'] },
];

describe('personal-data coverage', () => {
  it('accepts a schema whose every table is declared, with a rule for each personal column', () => {
    expect(
      coverageProblems(schema, [
        { table: 'users', personal: { email: 'placeholder', fullName: 'pseudonym' } },
        { table: 'contests', personal: {} },
      ]),
    ).toEqual([]);
  });

  it('names a table that no contributor declares', () => {
    expect(
      coverageProblems(schema, [
        { table: 'users', personal: { email: 'placeholder', fullName: 'pseudonym' } },
      ]),
    ).toEqual(['contests: no personal-data contributor declares it']);
  });

  it('names a personal-looking column without a rule, and stale declarations', () => {
    expect(
      coverageProblems(schema, [
        { table: 'users', personal: { email: 'placeholder', phone: 'cleared' } },
        { table: 'contests', personal: {} },
        { table: 'contests', personal: {} },
        { table: 'gone', personal: {} },
      ]),
    ).toEqual([
      'contests: declared twice',
      'users.fullName: looks personal but has no erasure rule',
      'users.phone: declared but not a column',
      'gone: declared but not in the schema',
    ]);
  });

  it('recognises contact data and references to people by their column names', () => {
    for (const column of [
      'email',
      'recipientEmail',
      'fullName',
      'phone',
      'dateOfBirth',
      'gender',
      'organization',
      'district',
      'userId',
      'judgeUserId',
      'ownerId',
      'actorId',
      'createdBy',
      'uploadedBy',
    ])
      expect([column, looksPersonal(column)]).toEqual([column, true]);
    for (const column of ['id', 'nameVi', 'createdAt', 'status', 'code', 'title', 'content'])
      expect([column, looksPersonal(column)]).toEqual([column, false]);
  });
});
