// The gratification register in real headless Chromium against a real suara-server: a UPG officer
// opens an officer's refusal report, changes its status with the page's form (CSRF as every form) and
// sees the change in the audit trail; a unit admin sees the counts only; overdue is said in words; the
// report's photo opens from the entry and its signature, not uploaded, says it has not arrived.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { launch } from './browser.mjs';
import { pushRecords } from './seed.mjs';
import { cli, startServer } from './server.mjs';

let server;
let browser;

function fixtures(dataDir) {
  cli(dataDir, ['create-unit', '--code', 'LPYK-01', '--name', 'Lapas Kelas IIA Yogyakarta']);
  cli(dataDir, ['create-user', '--username', 'upg.yk', '--role', 'upg', '--unit', 'LPYK-01'], 'rahasia-upg\n');
  cli(dataDir, ['create-user', '--username', 'admin.yk', '--role', 'unit_admin', '--unit', 'LPYK-01'], 'rahasia-yogya\n');
  cli(dataDir, ['create-user', '--username', 'korban', '--role', 'viewer', '--unit', 'LPYK-01'], 'rahasia-korban\n');
}

const evidenceFile = (name) => readFileSync(new URL(`../../tests/data/evidence/${name}`, import.meta.url));
const photo = evidenceFile('photo.png');
const signature = evidenceFile('signature.png');
const reference = (bytes) => ({ sha256: crypto.createHash('sha256').update(bytes).digest('hex'), type: 'image/png', size: bytes.length });

const refusal = {
  type: 'gratification_report',
  time: '2026-03-18T03:00:00.000Z',
  data: {
    kind: 'refusal',
    officer: { id: 'petugas-03', name: 'Rina Wulandari', nip: '199003122015032001', position: 'Petugas Layanan Kunjungan' },
    giver: { name: 'Bapak S.', relation: 'keluarga warga binaan' },
    form: 'money', description: 'Amplop berisi uang tunai', valueIdr: 500000, occurredOn: '2026-03-17',
    place: 'Ruang layanan kunjungan', chronology: 'Amplop disodorkan setelah pendaftaran; ditolak.',
    photo: reference(photo), signature: reference(signature), pinConfirmed: true,
  },
};

// The unit admin gives the unit its own service list (as the device settings page does), so the
// register must name the service in the unit's words rather than the built-in profile's.
async function nameServicesInTheUnitsWords() {
  const url = `${server.base}/api/v1/units/LPYK-01/settings`;
  const auth = { Authorization: `Basic ${Buffer.from('admin.yk:rahasia-yogya').toString('base64')}` };
  const doc = await (await fetch(url, { headers: auth })).json();
  delete doc.version;
  doc.services = {
    format: 1, profile: 'lapas-yk', title: { id: 'Lapas Yogyakarta', en: 'Yogyakarta Prison' },
    services: [{ key: 'kunjungan', label: { id: 'Kunjungan keluarga', en: 'Family visits' } }],
  };
  const put = await fetch(url, { method: 'PUT', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify(doc) });
  assert.equal(put.status, 200, await put.text());
}

before(async () => {
  server = await startServer(fixtures);
  const here = new URL('../../core/resources/calendar/id-holidays-2026.csv', import.meta.url).pathname;
  cli(server.dataDir, ['holidays-import', here]);
  await pushRecords(server, 'LPYK-01', [refusal,
    { type: 'gratification_ack', q: { id: 'gratification-statement', version: 1 },
      data: { statement: 'reward_requested', statementText: '…', report: { kind: 'asked', what: 'money', when: 'today' } } }],
  'Loket kunjungan', [{ bytes: photo, type: 'image/png' }]);
  await nameServicesInTheUnitsWords();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(user, password, lang = 'id') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((l) => { if (!localStorage.getItem('suara.lang')) localStorage.setItem('suara.lang', l); }, lang);
  const page = await context.newPage();
  page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  await page.goto(`${server.base}/`);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(password);
  await page.locator('#signin-submit').click();
  await page.locator('#who').waitFor();
  return { context, page };
}

describe('gratification register', () => {
  test('a UPG officer forwards a refusal and sees each change in the audit trail', async () => {
    const { context, page } = await signedIn('upg.yk', 'rahasia-upg');
    await page.locator('#nav-register').click();
    await page.locator('#register-table').waitFor();
    assert.equal(await page.locator('#reg-total .figure-value').innerText(), '2');
    // 17 March + 30 working days is 7 May 2026: long past, so overdue, in words.
    const row = page.locator('#register-table tbody tr', { hasText: 'Rina Wulandari' });
    assert.match(await row.innerText(), /7 Mei 2026/);
    assert.match(await row.innerText(), /lewat tenggat/);
    assert.match(await row.getAttribute('class'), /row-overdue/);
    await row.getByRole('button', { name: 'Buka' }).click();
    await page.locator('#reg-facts').waitFor();
    assert.match(await page.locator('#reg-facts').innerText(), /Bapak S\./);
    assert.match(await page.locator('#reg-facts').innerText(), /Kunjungan keluarga/);
    assert.equal(await page.locator('#reg-status').innerText(), 'Diterima');
    // The photo is the device's file, loaded from the API; the signature has not reached the server.
    const img = page.locator('#reg-evidence-photo img');
    await img.waitFor();
    await page.waitForFunction(() => document.querySelector('#reg-evidence-photo img')?.complete);
    assert.equal(await img.evaluate((el) => el.naturalWidth), 48);
    assert.equal(await img.evaluate((el) => el.naturalHeight), 32);
    assert.equal(await page.locator('#reg-evidence-signature img').count(), 0);
    assert.match(await page.locator('#reg-evidence-signature').innerText(), /Belum diterima/);

    await page.locator('#reg-action').selectOption('verify');
    await page.locator('#reg-apply').click();
    await page.locator('#reg-status', { hasText: 'Sedang diverifikasi' }).waitFor();
    // Forwarding without the GOL number is refused by the server, in words, and changes nothing.
    await page.locator('#reg-action').selectOption('forward');
    await page.locator('#reg-apply').click();
    await page.locator('#reg-message.error').waitFor();
    assert.match(await page.locator('#reg-message').innerText(),
      /^Isian “Nomor GOL KPK” ditolak server\. Isi nomor yang diberikan Gratifikasi Online \(GOL\) KPK untuk laporan ini/);
    assert.equal(await page.locator('#reg-status').innerText(), 'Sedang diverifikasi');
    await page.locator('#reg-gol').fill('GOL-2026-000123');
    await page.locator('#reg-note').fill('Diteruskan lewat GOL');
    await page.locator('#reg-apply').click();
    await page.locator('#reg-status', { hasText: 'Diteruskan ke KPK' }).waitFor();
    const trail = await page.locator('#reg-audit').innerText();
    assert.match(trail, /Laporan masuk/);
    assert.match(trail, /Mulai verifikasi · Diterima → Sedang diverifikasi/);
    assert.match(trail, /Teruskan ke KPK \(GOL\) · Sedang diverifikasi → Diteruskan ke KPK/);
    assert.match(trail, /upg\.yk/);
    assert.match(trail, /GOL-2026-000123 — Diteruskan lewat GOL/);
    // Forwarded: the KPK deadline no longer runs.
    assert.match(await page.locator('#reg-facts').innerText(), /tidak berjalan lagi/);
    await context.close();
  });

  test('a unit admin sees the counts only, and a viewer has no register', async () => {
    const admin = await signedIn('admin.yk', 'rahasia-yogya', 'en');
    await admin.page.locator('#nav-register').click();
    await admin.page.locator('#register-counts-only').waitFor();
    assert.equal(await admin.page.locator('#reg-total .figure-value').innerText(), '2');
    const text = await admin.page.locator('#register').innerText();
    assert.doesNotMatch(text, /Rina|Bapak/);
    assert.equal(await admin.page.locator('#register-table').count(), 0);
    // The entry itself is refused, and the page says so instead of staying blank.
    await admin.page.goto(`${server.base}/app/register/1`);
    await admin.page.locator('#register-entry .error').waitFor();
    assert.match(await admin.page.locator('#register-entry').innerText(),
      /The details of gratification reports and the officers’ identities are for the UPG and national admins\. Your account sees the number of reports only\./);
    assert.doesNotMatch(await admin.page.locator('#register-entry').innerText(), /role unit_admin|403/);
    await admin.context.close();

    const viewer = await signedIn('korban', 'rahasia-korban');
    assert.equal(await viewer.page.locator('#nav-register').count(), 0);
    await viewer.context.close();
  });
});
