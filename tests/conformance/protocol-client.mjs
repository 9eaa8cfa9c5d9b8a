// An independent Suara client written from docs/protocol.md alone (no code shared with Suara, no npm
// packages: Node's own crypto and fetch). It proves the document is enough to enroll, pull settings
// and push records exactly once. Usage: node protocol-client.mjs SERVER_URL ENROLLMENT_CODE
import crypto from 'node:crypto';

const [server, code] = process.argv.slice(2);
if (!server || !code) {
    console.error('usage: node protocol-client.mjs SERVER_URL ENROLLMENT_CODE');
    process.exit(2);
}

function fail(message) {
    console.error('FAIL: ' + message);
    process.exit(1);
}
function check(condition, message) {
    if (!condition)
        fail(message);
}

// §1: only an answer carrying X-Suara-Protocol: 1 (and JSON) is Suara's.
async function call(method, path, { body, token, headers = {} } = {}) {
    const h = { 'X-Suara-Device-Time': new Date().toISOString(), ...headers };
    if (token)
        h.Authorization = `Bearer ${token}`;
    if (body !== undefined)
        h['Content-Type'] = 'application/json';
    const res = await fetch(server + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    check(res.headers.get('x-suara-protocol') === '1', `${method} ${path}: no X-Suara-Protocol: 1 header`);
    const text = await res.text();
    const json = text.length ? JSON.parse(text) : null;
    return { status: res.status, headers: res.headers, json };
}

// §2.1: compact JSON with keys sorted, serialised once.
function canonical(value) {
    if (Array.isArray(value))
        return '[' + value.map(canonical).join(',') + ']';
    if (value && typeof value === 'object')
        return '{' + Object.keys(value).sort().map(k => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
    return JSON.stringify(value);
}

const sha256 = bytes => crypto.createHash('sha256').update(bytes).digest();

// §2.2: hash_n = SHA-256(body_n || hash_(n-1)), first link to 32 zero bytes; sig = Ed25519(hash_n).
function seal(device, seq, prev, fields) {
    const body = canonical({
        v: 1, id: crypto.randomUUID(), type: 'response', device: device.id, seq,
        time: new Date().toISOString(), tz: 420, lang: 'id', mode: 'kiosk', unit: device.unit,
        service: 'kunjungan', q: { id: 'skm', version: 1 }, flags: [], data: fields,
    });
    const hash = sha256(Buffer.concat([Buffer.from(body, 'utf8'), prev]));
    const sig = crypto.sign(null, hash, device.privateKey);
    return { wire: { seq, id: JSON.parse(body).id, body, prev: prev.toString('hex'), hash: hash.toString('hex'), sig: sig.toString('base64') }, hash };
}

const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
const rawPublic = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32); // the 32-byte key
const device = { id: crypto.randomUUID(), privateKey, unit: '' };

// §3 enrollment
const enrolled = await call('POST', '/api/v1/enroll', {
    body: { code, device_id: device.id, public_key: rawPublic.toString('base64'), label: 'conformance client', app_version: 'doc-1' },
});
check(enrolled.status === 201, `enroll: expected 201, got ${enrolled.status} ${JSON.stringify(enrolled.json)}`);
const token = enrolled.json.token;
device.unit = enrolled.json.unit.code;
const reused = await call('POST', '/api/v1/enroll', {
    body: { code, device_id: crypto.randomUUID(), public_key: rawPublic.toString('base64'), label: 'x', app_version: 'doc-1' },
});
check(reused.status === 409 && reused.json.error.code === 'enrollment_code_used', 'a used code must be refused to another device');

// §4 settings, with the ETag
const settings = await call('GET', '/api/v1/settings', { token });
check(settings.status === 200 && settings.json.kiosk.questionnaires.length > 0, 'settings: expected a kiosk section');
const etag = settings.headers.get('etag');
const again = await call('GET', '/api/v1/settings', { token, headers: { 'If-None-Match': etag } });
check(again.status === 304, `settings with the same ETag: expected 304, got ${again.status}`);

// §5 push: two records, then the same batch again (its answer "was lost"), then a tampered record.
let prev = Buffer.alloc(32);
const records = [];
for (let seq = 1; seq <= 3; ++seq) {
    const sealed = seal(device, seq, prev, { answers: { waktu: seq, perilaku: 4 }, scale: { min: 1, max: 4 }, durationMs: 30000 });
    records.push(sealed.wire);
    prev = sealed.hash;
}
const statuses = r => r.json.results.map(x => x.status).join(',');
const first = await call('POST', '/api/v1/records', { token, body: { device_id: device.id, last_seq: 3, records: records.slice(0, 2) } });
check(first.status === 200 && statuses(first) === 'accepted,accepted', `first push: ${first.status} ${JSON.stringify(first.json)}`);
const repeat = await call('POST', '/api/v1/records', { token, body: { device_id: device.id, last_seq: 3, records: records.slice(0, 2) } });
check(repeat.status === 200 && statuses(repeat) === 'duplicate,duplicate', `repeated push: ${JSON.stringify(repeat.json)}`);
const tampered = { ...records[2], body: records[2].body.replace('"perilaku":4', '"perilaku":1') };
const altered = await call('POST', '/api/v1/records', { token, body: { device_id: device.id, last_seq: 3, records: [tampered] } });
check(statuses(altered) === 'rejected' && altered.json.results[0].reason === 'bad_hash', `tampered record: ${JSON.stringify(altered.json)}`);
const genuine = await call('POST', '/api/v1/records', { token, body: { device_id: device.id, last_seq: 3, records: [records[2]] } });
check(statuses(genuine) === 'accepted', `genuine third record: ${JSON.stringify(genuine.json)}`);

// §1 errors: an unknown field is named.
const typo = await call('POST', '/api/v1/records', { token, body: { device_id: device.id, last_seq: 3, records: [], recrods: [] } });
check(typo.status === 400 && typo.json.error.code === 'unknown_field', `unknown field: ${JSON.stringify(typo.json)}`);

console.log(JSON.stringify({ device_id: device.id, unit: device.unit, pushed: 3, ok: true }));
