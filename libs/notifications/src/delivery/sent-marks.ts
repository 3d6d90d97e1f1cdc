/**
 * Records accepted mails as sent, one UPDATE at a time: a mail accepted while an UPDATE is
 * on its way waits for it to return and goes with every other mail accepted meanwhile in
 * the next one. With no UPDATE under way a mail is recorded at once, alone, so the window
 * in which a crash would send it again is never longer than one UPDATE's wait; under load
 * (ten mails in flight) one statement and one commit record several mails instead of one
 * each.
 */
export class SentMarks {
  private waiting: { id: string; settle: (error?: unknown) => void }[] = [];
  private writing = false;

  constructor(private readonly write: (ids: string[]) => Promise<void>) {}

  /** Resolves once the row is recorded sent; rejects with the UPDATE's error. */
  mark(id: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ id, settle: (error) => (error ? reject(error) : resolve()) });
      if (!this.writing) void this.writeWaiting();
    });
  }

  private async writeWaiting(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      let failure: unknown;
      try {
        await this.write(batch.map((mark) => mark.id));
      } catch (error) {
        failure = error ?? new Error('the sent marks could not be written');
      }
      for (const mark of batch) mark.settle(failure);
    }
    this.writing = false;
  }
}
