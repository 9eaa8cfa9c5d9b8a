// The shapes of the report API the page reads (docs/api.md, "Reports"). Read defensively: a field
// that is missing shows as "–", never as a made-up number.

export interface Category {
  letter: string;
  label?: string;
}

export interface UnsurRow {
  key: string;
  name: string | { id?: string; en?: string };
  nrr: number;
  weighted_nrr?: number;
  answers?: number;
}

export interface SkmReport {
  unit: string;
  n: number;
  ikm: number | null;
  ikm_0111?: number | null;
  category?: Category | string | null;
  unsur?: UnsurRow[];
  minimum_sample?: { population?: number | null; minimum?: number | null; reached?: boolean | null } | null;
  profile?: Record<string, { value: string; label?: string; count: number }[]>;
  trend?: { quarter: string; ikm: number | null; n: number }[];
  misuse_excluded?: number;
}

export interface ZiIndex {
  index: number | null; // on the 4-point scale
  scaled?: number | null; // on the scale asked
  wbk_minimum?: number | null;
  wbbm_minimum?: number | null;
  meets_wbk?: boolean | null;
  meets_wbbm?: boolean | null;
  n?: number;
}

export interface ZiReport {
  spkp?: ZiIndex | null;
  spak?: ZiIndex | null;
}

export interface OverviewRow {
  code: string;
  name: string;
  n: number;
  ikm: number | null;
  category?: Category | string | null;
  trend?: { quarter: string; ikm: number | null; n: number }[];
}

export interface Comment {
  text: string;
  captured_at: string;
  service?: string;
}

export interface FollowUp {
  id: number | string;
  action: string;
  unsur?: string;
  owner?: string;
  due?: string;
  status: 'planned' | 'in_progress' | 'done' | string;
}

export interface GratificationSummary {
  acknowledgements?: number;
  solicitations?: number;
  by_kind?: { kind: string; count: number }[];
}

export function categoryLetter(c: Category | string | null | undefined): string | null {
  if (!c) return null;
  return typeof c === 'string' ? c : c.letter;
}

export function unsurName(row: UnsurRow, lang: 'id' | 'en'): string {
  if (typeof row.name === 'string') return row.name;
  return row.name?.[lang] ?? row.name?.id ?? row.key;
}
