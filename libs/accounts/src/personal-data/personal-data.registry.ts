import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PersonalDataContributor } from './personal-data-contributor';
import { coverageProblems } from './personal-data-coverage';

/**
 * The contributors of every lib loaded in this app, in registration order (accounts first,
 * then the libs above it). At start it checks them against the schema, as the worker checks
 * its job handlers against the catalogue: an app whose tables are not all covered does not
 * start, so an access or erasure request can never silently skip a table.
 */
@Injectable()
export class PersonalDataRegistry implements OnApplicationBootstrap {
  private readonly contributors: PersonalDataContributor[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  register(contributor: PersonalDataContributor): void {
    this.contributors.push(contributor);
  }

  all(): readonly PersonalDataContributor[] {
    return this.contributors;
  }

  onApplicationBootstrap(): void {
    const schema = this.dataSource.entityMetadatas.map((metadata) => ({
      table: metadata.tableName,
      columns: metadata.columns.map((column) => column.databaseName),
    }));
    const problems = coverageProblems(
      schema,
      this.contributors.flatMap((contributor) => contributor.tables),
    );
    if (problems.length > 0)
      throw new Error(
        `Personal data is not covered: ${problems.join('; ')}. Declare each table and column ` +
          "in its lib's personal-data contributor (docs/ARCHITECTURE.md, Personal data).",
      );
  }
}
