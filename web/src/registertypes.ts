// The shapes of the register API (docs/api.md "Gratification register"). Read defensively: a field that
// is missing shows as "–".
import type { Words } from './servicenames';

export interface RegisterDeadlines {
  kpk_report: string;
  kpk_report_provisional: boolean;
  completion: string | null;
  running: boolean;
  urgency: 'on_track' | 'near_due' | 'overdue' | null;
  working_days_left: number | null;
}

export interface AuditLine {
  at: string;
  actor: string;
  action: string;
  from: string;
  to: string;
  note: string;
}

export interface RegisterEntry {
  id: number;
  unit: string;
  origin: 'visitor' | 'officer';
  kind: string;
  received_on: string;
  reported_at: string;
  service: string;
  service_name?: Words | null; // the service in words, from the unit's service lists
  officer: string;
  value_idr: number | null;
  details: Record<string, unknown>;
  missing: string[];
  status: string;
  gol_reference: string;
  decision: string;
  incomplete_since: string | null;
  deadlines: RegisterDeadlines;
  audit?: AuditLine[];
  evidence?: RegisterEvidence; // the detail only (GET /register/{id})
}

// What the report names as its photo and signature, and whether each file has reached the server.
export interface EvidenceState {
  sha256: string;
  type: string;
  size: number;
  received: boolean;
  received_at: string | null;
}

export interface RegisterEvidence {
  photo: EvidenceState | null;
  signature: EvidenceState | null;
}

export interface RegisterCounts {
  total: number;
  open: number;
  overdue: number;
  near_due: number;
  by_status: Record<string, number>;
  by_origin: Record<string, number>;
}

export interface RegisterList {
  unit: string;
  today: string;
  details: boolean;
  counts: RegisterCounts;
  entries?: RegisterEntry[];
}

export const STATUSES = ['received', 'verifying', 'forwarded', 'decided', 'closed'] as const;

// What the UPG may do from each status (server/service/registerentries.h says the same).
export function actionsFor(e: RegisterEntry): string[] {
  const out: string[] = [];
  const early = e.status === 'received' || e.status === 'verifying';
  if (e.status === 'received') out.push('verify');
  if (e.status === 'verifying' && !e.incomplete_since) out.push('forward');
  if (e.status === 'forwarded') out.push('decide');
  if (early && !e.incomplete_since) out.push('incomplete');
  if (e.incomplete_since) out.push('complete');
  if (e.status === 'decided' || early) out.push('close');
  return out;
}
