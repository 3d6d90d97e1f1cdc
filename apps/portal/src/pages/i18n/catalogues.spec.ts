import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '@app/platform';
import { en } from './en';
import { vi } from './vi';

function keys(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
}

function lookup(catalogue: Catalogue, path: string): string {
  return path
    .split('.')
    .reduce<Catalogue | string>((node, key) => (node as Catalogue)[key], catalogue) as string;
}

describe('page catalogues', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys(vi)) {
      expect([key, placeholders(lookup(en, key))]).toEqual([key, placeholders(lookup(vi, key))]);
    }
  });

  it('name the product in both languages', () => {
    expect(lookup(vi, 'app.name')).toBe('Cuộc thi Khởi nghiệp Đổi mới sáng tạo');
    expect(lookup(en, 'app.name')).toBe('Innovation Startup Competition');
  });

  it('have every key the templates ask for', () => {
    const views = join(process.cwd(), 'apps/portal/views');
    const files = readdirSync(views, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.njk'),
    );
    const used = files.flatMap((file) =>
      [...readFileSync(join(views, file), 'utf8').matchAll(/\bt\('([\w.]+)'\s*[,)]/g)].map(
        (m) => m[1],
      ),
    );
    expect(used.length).toBeGreaterThan(50);
    const known = new Set(keys(vi));
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
