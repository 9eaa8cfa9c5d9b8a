// Real records for the browser tests: a device enrolled with a one-time code from the admin CLI
// pushes signed, hash-chained SKM responses over the device protocol (docs/protocol.md), as a kiosk
// would. The answers are chosen so the IKM is known: see expectedIkm().
import crypto from 'node:crypto';
import { cli } from './server.mjs';

export const UNSUR = ['persyaratan', 'prosedur', 'waktu', 'biaya', 'produk', 'kompetensi', 'perilaku', 'pengaduan', 'sarana'];

function canonical(value) {
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  if (value && typeof value === 'object')
    return '{' + Object.keys(value).sort().map((k) => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
  return JSON.stringify(value);
}

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest();

async function deviceCall(base, method, path, body, token) {
  const headers = { 'X-Suara-Device-Time': new Date().toISOString(), 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const r = await fetch(base + path, { method, headers, body: JSON.stringify(body) });
  const json = await r.json();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
  return json;
}

// A device of `unit` enrolled with a one-time code, pushing one signed record per draft
// ({type, time?, service?, q?, mode?, officer?, data}) in order, then uploading the evidence files given
// as [{bytes, type}] (a report names them by hash, docs/protocol.md §5.5). Returns the device id.
export async function pushRecords(server, unit, drafts, label, files = []) {
  const code = cli(server.dataDir, ['enrollment-code', '--unit', unit]).split('\n')[0].trim();
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const rawPublic = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const id = crypto.randomUUID();
  const enrolled = await deviceCall(server.base, 'POST', '/api/v1/enroll',
    { code, device_id: id, public_key: rawPublic.toString('base64'), label, app_version: 'browser-test' });
  let prev = Buffer.alloc(32);
  const records = drafts.map((d, i) => {
    const seq = i + 1;
    const fields = {
      v: 1, id: crypto.randomUUID(), type: d.type, device: id, seq, time: d.time ?? new Date().toISOString(), tz: d.tz ?? 420,
      lang: 'id', mode: d.mode ?? 'kiosk', unit, service: d.service ?? 'kunjungan', flags: [], data: d.data,
    };
    if (d.q) fields.q = d.q;
    if (d.officer) fields.officer = d.officer;
    const body = canonical(fields);
    const hash = sha256(Buffer.concat([Buffer.from(body, 'utf8'), prev]));
    const wire = { seq, id: fields.id, body, prev: prev.toString('hex'), hash: hash.toString('hex'),
      sig: crypto.sign(null, hash, privateKey).toString('base64') };
    prev = hash;
    return wire;
  });
  const pushed = await deviceCall(server.base, 'POST', '/api/v1/records',
    { device_id: id, last_seq: records.length, records }, enrolled.token);
  const bad = pushed.results.filter((r) => r.status !== 'accepted');
  if (bad.length) throw new Error(`records not accepted: ${JSON.stringify(bad)}`);
  for (const f of files) {
    const name = sha256(f.bytes).toString('hex');
    const r = await fetch(`${server.base}/api/v1/evidence/${name}`,
      { method: 'PUT', headers: { Authorization: `Bearer ${enrolled.token}`, 'Content-Type': f.type }, body: f.bytes });
    if (r.status !== 201) throw new Error(`evidence ${name}: ${r.status} ${await r.text()}`);
  }
  return id;
}

// answers[i] is one visitor's nine answers (1–4), in UNSUR order.
export function seedUnit(server, unit, answers, label) {
  return pushRecords(server, unit, answers.map((row) => ({
    type: 'response', q: { id: 'skm', version: 1 },
    data: { answers: Object.fromEntries(UNSUR.map((k, j) => [k, row[j]])), scale: { min: 1, max: 4 }, durationMs: 95000 },
  })), label);
}

// PermenPAN-RB 14/2017: NRR per unsur = mean answer; IKM = 25 × Σ NRR × 1/9.
export function expectedIkm(answers) {
  const nrr = UNSUR.map((_, j) => answers.reduce((s, row) => s + row[j], 0) / answers.length);
  return (25 * nrr.reduce((s, x) => s + x, 0)) / 9;
}
