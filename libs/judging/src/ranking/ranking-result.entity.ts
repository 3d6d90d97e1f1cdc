import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * The stored ranking of a round, recomputed by a queued job when scores change; the
 * ranking page reads the latest one. `content` holds every method side by side.
 */
@Entity('ranking_results')
@Index(['roundId', 'computedAt'])
export class RankingResult {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  roundId!: string;

  /** The number of submitted scores the computation saw. */
  @Column({ type: 'int' })
  scoreCount!: number;

  /**
   * A round of 5,000 entries stores about 2 MB: `simple-json` would be a MySQL TEXT (64 KB,
   * too small from about 150 entries), `json` is LONGTEXT/JSON there and text on SQLite.
   */
  @Column({ type: 'json' })
  content!: Record<string, unknown>;

  @CreateDateColumn({ type: 'datetime' })
  computedAt!: Date;
}
