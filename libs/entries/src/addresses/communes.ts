import { foldVietnamese } from '@app/platform';
import { QUANG_NGAI_COMMUNES } from './quang-ngai-communes';

/** The names an entry's commune may take: the province's communes, wards and special zone. */
export const COMMUNE_NAMES: readonly string[] = QUANG_NGAI_COMMUNES.map((unit) => unit.name);

const KINDS = ['Phường', 'Xã', 'Đặc khu'];

export interface CommuneOption {
  /** The stored value: the official name, `Phường Sa Huỳnh`. */
  value: string;
  /** What the list shows: the place first, `Sa Huỳnh (phường)`, so that typing "Sa" finds it. */
  label: string;
  /** The label folded (`sa huynh (phuong)`), for a filter that ignores accents and case. */
  search: string;
}

/** The units as a select offers them, in Vietnamese alphabetical order of the place's name. */
export function communeOptions(): CommuneOption[] {
  return QUANG_NGAI_COMMUNES.map(({ name }) => {
    const kind = KINDS.find((k) => name.startsWith(`${k} `));
    const label = kind ? `${name.slice(kind.length + 1)} (${kind.toLowerCase()})` : name;
    return { value: name, label, search: foldVietnamese(label) };
  }).sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}
