import { jobIdOf } from './outbox-relay.service';

describe('the id of a mail job', () => {
  const rows = [
    { id: '0b6f3c1e-8d5a-4c57-9a51-3d1f1c2a0001', attempts: 0 },
    { id: '0b6f3c1e-8d5a-4c57-9a51-3d1f1c2a0002', attempts: 0 },
  ];

  it('is the same for the same rows and attempts, so a relay after a rollback adds no second job', () => {
    expect(jobIdOf(rows)).toBe(jobIdOf(rows.map((r) => ({ ...r }))));
  });

  it('changes when a row is tried again, so a retry is a new job', () => {
    expect(jobIdOf([rows[0], { ...rows[1], attempts: 1 }])).not.toBe(jobIdOf(rows));
  });

  it('changes with the rows it holds, and carries no colon (BullMQ refuses one)', () => {
    expect(jobIdOf([rows[0]])).not.toBe(jobIdOf(rows));
    expect(jobIdOf(rows)).toMatch(/^mail-[0-9a-f]{40}$/);
  });
});
