// The shapes of the report API the page reads (docs/api.md, "Reports", "Follow-up", "Publication").
// Read defensively: a field that is missing shows as "–", never as a made-up number.
import type { Words } from './servicenames';

export interface Label {
  id: string;
  en: string;
}

export interface TrendPoint {
  quarter: string;
  respondents: number;
  ikm: number | null;
  ikm_rounded?: number | null;
}

export interface UnsurRow {
  key: string;
  n: number;
  nrr: number | null;
  weighted_nrr?: number | null;
}

export interface SkmReport {
  respondents: number;
  misuse_flagged?: number;
  excluded_misuse?: number;
  skm: {
    respondents: number;
    unsur: UnsurRow[];
    ikm: number | null;
    ikm_rounded: number | null;
    category: string | null;
    category_label?: Label | null;
  };
  reconciliation_0111?: { ikm_rounded: number | null; category: string | null } | null;
  profile?: Record<string, Record<string, number>>;
  sample?: { population: number; minimum: number; reached: boolean } | null;
  trend?: TrendPoint[];
  weakest_unsur?: string[];
}

export interface ZiSurvey {
  questionnaire: string;
  index_name: string;
  respondents: number;
  index4: number | null;
  minimum_wbk: number | null;
  minimum_wbbm: number | null;
  meets_wbk: boolean | null;
  meets_wbbm: boolean | null;
}

export interface ZiReport {
  surveys: ZiSurvey[];
}

export interface OverviewRow {
  code: string;
  name: string;
  depth?: number;
  respondents: number;
  ikm: number | null;
  ikm_rounded: number | null;
  category: string | null;
  category_label?: Label | null;
  trend?: TrendPoint[];
  // The unit with every unit below it (only for a unit that has units below).
  subtree?: { respondents: number; ikm_rounded: number | null; category: string | null } | null;
}

export interface Comment {
  text: string;
  day: string;
  captured_at: string;
  local_time?: string; // the same moment on the device's own clock, with its offset
  service?: string;
  service_name?: Words | null; // the service in words, from the unit's service lists
  misuse?: boolean;
}

export interface FollowUp {
  id: number;
  unsur: string;
  action: string;
  owner: string;
  due_date: string;
  status: string;
}

export interface Solicitation {
  day: string;
  service: string;
  service_name?: Words | null;
  kind: string;
  what: string;
  when: string;
  counter: string;
}

export interface GratificationReport {
  acknowledgements: Record<string, number>;
  solicitations: Solicitation[];
}

export interface DeviceIntegrity {
  device: string;
  label: string;
  last_sync: string | null;
  revoked: boolean;
  open_alerts: number;
  alerts: Record<string, { open: number; all: number }>;
  responses: number;
  misuse_flagged: number;
}

export interface Publication {
  id: number;
  public: boolean;
  period: { label: string; from: string; to: string };
  ikm_rounded: number | null;
  category: string | null;
  published_at: string;
}

// GET /api/v1/regions?unit=&parent=: one level of a unit's area.
export interface Region {
  code: string;
  name: string;
  level: number;
}

export interface RegionList {
  regions: Region[];
}
