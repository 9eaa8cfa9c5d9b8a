// The dashboard in real headless Chromium against a real suara-server: sign-in, a unit, the unit
// rules, CSRF, sign-out, throttling, exports, follow-up and publication.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { launch } from './browser.mjs';
import { expectedIkm, pushRecords, seedUnit } from './seed.mjs';
import { startServer } from './server.mjs';

let server;
let browser;

// Ten visitors at LPYK-01 (IKM 80,56 · B), three at the sibling LPSM-01.
const YOGYA = [
  ...Array.from({ length: 5 }, () => [4, 3, 3, 4, 3, 3, 4, 3, 3]),
  ...Array.from({ length: 5 }, () => [3, 3, 3, 4, 3, 3, 3, 3, 3]),
];
const SEMARANG = Array.from({ length: 3 }, () => [2, 2, 3, 3, 2, 2, 3, 2, 2]);

before(async () => {
  server = await startServer();
  await seedUnit(server, 'LPYK-01', YOGYA, 'Loket kunjungan');
  await seedUnit(server, 'LPSM-01', SEMARANG, 'Loket Semarang');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function thisQuarter(now = new Date()) {
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}

async function newPage(viewport = { width: 1280, height: 800 }, lang = 'id', timezoneId = undefined) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, timezoneId });
  // Only the first page of a context: a reload must show the language the user chose.
  await context.addInitScript((l) => { if (!localStorage.getItem('suara.lang')) localStorage.setItem('suara.lang', l); }, lang);
  const page = await context.newPage();
  page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  return { context, page };
}

async function signIn(page, user, password) {
  await page.goto(`${server.base}/`);
  await page.getByLabel(/Nama pengguna|User name/).fill(user);
  await page.getByLabel(/Kata sandi|Password/).fill(password);
  await page.locator('#signin-submit').click();
}

// What the page's own API call answers, with the page's cookie.
async function apiFromPage(page, path, init = {}) {
  return page.evaluate(async ([p, i]) => {
    const r = await fetch(p, { ...i, headers: { 'X-Requested-With': 'test', ...(i.headers ?? {}) } });
    return { status: r.status, body: await r.json().catch(() => null) };
  }, [path, init]);
}

// A panel is never blank: once loaded it shows content or the API's message, not "Memuat…".
async function settled(page, selector) {
  const body = page.locator(`${selector} .panel-body`).first();
  await body.locator('.loading').waitFor({ state: 'detached' });
  const text = (await body.innerText()).trim();
  assert.ok(text.length > 0, `${selector} is blank`);
  return text;
}

describe('dashboard', () => {
  test('the sign-in page is Indonesian first and switches to English', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.base}/`);
    assert.equal(new URL(page.url()).pathname, '/app/');
    await page.getByRole('heading', { name: 'Masuk ke Dasbor Suara' }).waitFor();
    await page.locator('#lang-switch').click();
    await page.getByRole('heading', { name: 'Sign in to the Suara dashboard' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to the Suara dashboard' }).waitFor(); // remembered
    await context.close();
  });

  test('a wrong password is said in words, and a unit admin signs in and opens the unit', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'admin.yk', 'salah-sekali');
    // In the page's words, never the server's English message.
    await page.locator('#signin-error', { hasText: 'Nama pengguna atau kata sandi salah. Periksa keduanya, lalu coba lagi.' }).waitFor();
    assert.doesNotMatch(await page.locator('#signin-error').innerText(), /wrong user name/);
    await page.getByLabel('Kata sandi').fill('rahasia-yogya');
    await page.locator('#signin-submit').click();
    await page.locator('#who', { hasText: 'admin.yk' }).waitFor();
    await settled(page, '#overview');
    await page.getByRole('link', { name: /Lapas Kelas IIA Yogyakarta/ }).first().click();
    await page.locator('#unit-title', { hasText: 'LPYK-01' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/app/units/LPYK-01');
    for (const panel of ['#skm', '#nrr', '#zi', '#profile', '#devices', '#gratification', '#followup'])
      await settled(page, panel);
    // The kiosk that pushed the records, with its last sync, and not the sibling's.
    const devices = await settled(page, '#devices');
    assert.match(devices, /Loket kunjungan/);
    assert.doesNotMatch(devices, /Loket Semarang/);
    assert.doesNotMatch(devices, /belum pernah/);

    // The IKM shown is the API's official figure, to two decimals, in Indonesian notation, and it is
    // the one PermenPAN-RB 14/2017 gives for the seeded answers.
    const report = await apiFromPage(page, `/api/v1/reports/skm?unit=LPYK-01&period=${thisQuarter()}`);
    assert.equal(report.status, 200, JSON.stringify(report.body));
    const shown = await page.locator('#ikm-value').innerText();
    assert.equal(shown, report.body.skm.ikm_rounded.toFixed(2).replace('.', ','));
    assert.equal(shown, expectedIkm(YOGYA).toFixed(2).replace('.', ','));
    assert.match(await page.locator('#ikm-category').innerText(), /^B · Baik$/);
    assert.match(await page.locator('#ikm-n').innerText(), /^10$/);

    // The same figure in English notation after the switch.
    await page.locator('#lang-switch').click();
    await page.locator('#ikm-value', { hasText: expectedIkm(YOGYA).toFixed(2) }).waitFor();
    await context.close();
  });

  test('the gratification panel says what a visitor reported in words, in the page\'s language', async () => {
    await pushRecords(server, 'LPYK-01', [{
      type: 'gratification_ack', q: { id: 'gratification-statement', version: 1 },
      data: { statement: 'reward_requested', statementText: 'Saya dimintai imbalan.',
        report: { kind: 'asked', what: 'money', when: 'today', counter: 'Loket 2' } },
    }], 'Loket gratifikasi');
    const { context, page } = await newPage();
    await signIn(page, 'admin.yk', 'rahasia-yogya');
    await page.locator('#who').waitFor();
    await page.goto(`${server.base}/app/units/LPYK-01`);
    const id = await settled(page, '#gratification');
    assert.match(id, /Petugas meminta imbalan · Uang · Hari ini/);
    assert.match(id, /Loket 2/);
    // The service by its name, never its key (core/resources/services/lapas.json).
    assert.match(id, /· Layanan kunjungan ·/);
    assert.doesNotMatch(id, /· kunjungan ·/);
    // No stored code and no ISO date on an Indonesian page.
    assert.doesNotMatch(id, /\basked\b|\bmoney\b|\btoday\b|\d{4}-\d{2}-\d{2}/);
    await page.locator('#lang-switch').click();
    await page.locator('#gratification', { hasText: 'An officer asked for a reward · Money · Today' }).waitFor();
    await page.locator('#gratification', { hasText: '· Visits · Loket 2' }).waitFor();
    await context.close();
  });

  test('a comment shows the time on the kiosk\'s clock, whatever zone the reader is in', async () => {
    // 01:51 UTC on the first day of this quarter, on a kiosk in WITA (UTC+8): its clock said 09.51.
    const now = new Date();
    const first = new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1, 1, 51));
    await pushRecords(server, 'LPYK-01', [{
      type: 'response', q: { id: 'spkp', version: 1 }, time: first.toISOString(), tz: 480,
      data: { answers: { informasi: 4, persyaratan: 4, prosedur: 4, waktu: 4, tarif: 4, sarana: 4, respon: 4, pengaduan: 4 },
        scale: { min: 1, max: 4 }, comment: 'Jam buka loket jelas' },
    }], 'Loket SPKP');
    // A reader in Berlin: their own clock would say 02.51 or 03.51.
    const { context, page } = await newPage(undefined, 'id', 'Europe/Berlin');
    await signIn(page, 'admin.yk', 'rahasia-yogya');
    await page.locator('#who').waitFor();
    await page.goto(`${server.base}/app/units/LPYK-01`);
    await settled(page, '#comments');
    const line = page.locator('#comments li', { hasText: 'Jam buka loket jelas' });
    const dayText = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(first);
    assert.equal((await line.locator('.small').innerText()).split(' · ')[0], `${dayText}, 09.51 WITA`);
    await page.locator('#lang-switch').click();
    await page.locator('#comments li', { hasText: /Jam buka loket jelas[\s\S]*09:51 WITA/ }).waitFor();
    await context.close();
  });

  test('a custom period is typed as day, month name and year; a day that does not exist is refused', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'admin.yk', 'rahasia-yogya');
    await page.locator('#who').waitFor();
    await page.goto(`${server.base}/app/units/LPYK-01`);
    await page.locator('#skm #ikm-n', { hasText: /^10$/ }).waitFor();
    await page.locator('#period-kind').selectOption('custom');
    // Filled in with the quarter shown, as this page's language writes it.
    const now = new Date();
    const firstMonth = Math.floor(now.getMonth() / 3) * 3;
    const monthNames = new Intl.DateTimeFormat('id-ID', { month: 'long' });
    assert.equal(await page.getByLabel('Dari', { exact: true }).inputValue(), '1');
    assert.equal(await page.locator('#period-from-month option:checked').innerText(), monthNames.format(new Date(2026, firstMonth, 1)));
    assert.equal(await page.locator('#period-from-year').inputValue(), String(now.getFullYear()));
    // 31 April: the browser says why, and no report is asked for.
    let asked = 0;
    page.on('request', (r) => { if (r.url().includes('/api/v1/reports/skm?')) asked += 1; });
    await page.getByLabel('Dari', { exact: true }).fill('31');
    await page.locator('#period-from-month').selectOption({ label: 'April' });
    await page.locator('form.period button[type="submit"]').click();
    assert.match(await page.locator('#period-from').evaluate((e) => e.validationMessage), /Isi tanggal yang ada/);
    assert.equal(asked, 0);
    // A real range: the API gets it as ISO days.
    const lastDay = new Date(now.getFullYear(), firstMonth + 3, 0);
    await page.getByLabel('Dari', { exact: true }).fill('1');
    await page.locator('#period-from-month').selectOption({ label: monthNames.format(new Date(2026, firstMonth, 1)) });
    await page.getByLabel('Sampai', { exact: true }).fill(String(lastDay.getDate()));
    await page.locator('#period-to-month').selectOption({ label: monthNames.format(lastDay) });
    await page.locator('#period-to-year').fill(String(lastDay.getFullYear()));
    const request = page.waitForRequest((r) => r.url().includes('/api/v1/reports/skm?'));
    await page.locator('form.period button[type="submit"]').click();
    const pad = (n) => String(n).padStart(2, '0');
    const url = new URL((await request).url());
    assert.equal(url.searchParams.get('from'), `${now.getFullYear()}-${pad(firstMonth + 1)}-01`);
    assert.equal(url.searchParams.get('to'), `${lastDay.getFullYear()}-${pad(lastDay.getMonth() + 1)}-${pad(lastDay.getDate())}`);
    await page.locator('#skm #ikm-n', { hasText: /^10$/ }).waitFor();
    await context.close();
  });

  test('a unit admin enters the period\'s population and sees the minimum sample; a viewer cannot', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'admin.yk', 'rahasia-yogya');
    await page.locator('#who').waitFor();
    await page.goto(`${server.base}/app/units/LPYK-01`);
    await page.locator('#ikm-sample', { hasText: 'Populasi belum diisi' }).waitFor();
    await page.getByLabel('Populasi periode ini').fill('1000');
    await page.locator('#population-save').click();
    // Krejcie & Morgan for 1,000 service users: 277,7 → 278; ten respondents do not reach it.
    await page.locator('#ikm-sample', { hasText: 'sampel minimum Krejcie–Morgan 278 untuk populasi 1.000' }).waitFor();
    assert.match(await page.locator('#ikm-sample').innerText(), /Belum tercapai/);
    const stored = await apiFromPage(page, `/api/v1/reports/skm?unit=LPYK-01&period=${thisQuarter()}`);
    assert.equal(stored.body.sample.population, 1000);
    // A wrong number is refused in words and changes nothing.
    await page.getByLabel('Populasi periode ini').fill('0');
    await page.locator('#population-save').click();
    await page.locator('#population-status', { hasText: 'Isian “Populasi periode ini” ditolak server. Isi jumlah pengguna layanan' }).waitFor();
    assert.equal((await apiFromPage(page, `/api/v1/reports/skm?unit=LPYK-01&period=${thisQuarter()}`)).body.sample.population, 1000);
    await context.close();
    const viewer = await newPage();
    await signIn(viewer.page, 'korban', 'rahasia-korban');
    await viewer.page.locator('#who').waitFor();
    await viewer.page.goto(`${server.base}/app/units/LPYK-01`);
    await settled(viewer.page, '#skm');
    assert.equal(await viewer.page.locator('#population').count(), 0);
    await viewer.context.close();
  });

  test('the profile tables come in the order the kiosk asks them, in words', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'nasional', 'rahasia-nasional');
    await page.locator('#who').waitFor();
    const made = await apiFromPage(page, '/api/v1/units', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': (await apiFromPage(page, '/api/v1/session')).body.csrf_token },
      body: JSON.stringify({ code: 'LPPF-01', name: 'Lapas Profil' }),
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    await pushRecords(server, 'LPPF-01', [{
      type: 'response', q: { id: 'skm', version: 1 },
      data: { answers: { persyaratan: 3 }, scale: { min: 1, max: 4 }, durationMs: 60000,
        profile: { age: '30-39', education: 'SMA', gender: 'P', occupation: 'PNS' } },
    }], 'Loket profil');
    await page.goto(`${server.base}/app/units/LPPF-01`);
    await settled(page, '#profile');
    assert.deepEqual(await page.locator('#profile caption').allInnerTexts(), ['Jenis kelamin', 'Usia', 'Pendidikan', 'Pekerjaan']);
    assert.match(await page.locator('#profile').innerText(), /Perempuan[\s\S]*30–39 tahun[\s\S]*SMA\/SMK[\s\S]*PNS\/ASN/);
    await context.close();
  });

  test('a unit admin opening a sibling unit sees the API refuse it', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'admin.yk', 'rahasia-yogya');
    await page.locator('#who').waitFor();
    await page.goto(`${server.base}/app/units/LPSM-01`);
    const text = await settled(page, '#devices');
    const refused = 'Akun Anda hanya dapat melihat Lapas Kelas IIA Yogyakarta (LPYK-01) dan unit di bawahnya.';
    assert.ok(text.includes(refused), text);
    assert.doesNotMatch(text, /may only see|403/);
    const direct = await apiFromPage(page, '/api/v1/devices?unit=LPSM-01');
    assert.equal(direct.status, 403);
    // Its exports too: the page says the API's refusal in its words and no file is downloaded.
    let downloaded = false;
    page.on('download', () => { downloaded = true; });
    for (const id of ['#export-csv', '#export-xlsx', '#export-pdf-id']) {
      await page.locator(id).click();
      await page.locator('#export-status', { hasText: refused }).waitFor();
      await page.evaluate(() => { document.querySelector('#export-status').textContent = ''; });
    }
    assert.equal(downloaded, false);
    await context.close();
  });

  test('a change without the CSRF token is refused; with it, it goes through', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'admin.yk', 'rahasia-yogya');
    await page.locator('#who').waitFor();
    const without = await apiFromPage(page, '/api/v1/devices/none/revoke', { method: 'POST' });
    assert.equal(without.status, 403);
    assert.match(without.body.error.message, /X-CSRF-Token/);
    const me = await apiFromPage(page, '/api/v1/session');
    const withToken = await apiFromPage(page, '/api/v1/devices/none/revoke', { method: 'POST', headers: { 'X-CSRF-Token': me.body.csrf_token } });
    assert.equal(withToken.status, 404); // past the CSRF check: there is no such device
    await context.close();
  });

  test('on the English page the refusals are said in English, in the page\'s words', async () => {
    const { context, page } = await newPage(undefined, 'en');
    await signIn(page, 'admin.yk', 'salah-sekali');
    await page.locator('#signin-error', { hasText: 'Wrong user name or password. Check both, then try again.' }).waitFor();
    await page.getByLabel('Password').fill('rahasia-yogya');
    await page.locator('#signin-submit').click();
    await page.locator('#who').waitFor();
    await page.goto(`${server.base}/app/units/LPSM-01`);
    await page.locator('#unit-title').waitFor();
    const text = await settled(page, '#skm');
    assert.ok(text.includes('Your account may only see Lapas Kelas IIA Yogyakarta (LPYK-01) and the units below it.'), text);
    assert.doesNotMatch(text, /user admin\.yk|403/);
    // Switched to Indonesian, the same refusal in Indonesian.
    await page.locator('#lang-switch').click();
    await page.locator('#skm .panel-body .error', { hasText: 'Akun Anda hanya dapat melihat Lapas Kelas IIA Yogyakarta (LPYK-01)' }).waitFor();
    await context.close();
  });

  test('a viewer\'s unit page shows no failure: the gratification panel is not asked for', async () => {
    const { context, page } = await newPage();
    const asked = [];
    page.on('request', (r) => { if (r.url().includes('/api/v1/')) asked.push(new URL(r.url()).pathname); });
    await signIn(page, 'korban', 'rahasia-korban');
    await page.locator('#who', { hasText: 'korban' }).waitFor();
    await page.goto(`${server.base}/app/units/LPYK-01`);
    await page.locator('#unit-title').waitFor();
    for (const panel of ['#skm', '#nrr', '#zi', '#profile', '#comments', '#devices', '#followup'])
      await settled(page, panel);
    await page.locator('#publications .loading').waitFor({ state: 'detached' });
    assert.equal(await page.locator('#gratification').count(), 0);
    assert.equal(await page.locator('#main .error').count(), 0, await page.locator('#main').innerText());
    assert.doesNotMatch(await page.locator('#main').innerText(), /Gagal memuat|gratification data/);
    assert.ok(!asked.includes('/api/v1/reports/gratification'), asked.join(' '));
    // The data is refused by the server all the same (docs/api.md "Rights").
    assert.equal((await apiFromPage(page, `/api/v1/reports/gratification?unit=LPYK-01&period=${thisQuarter()}`)).status, 403);
    // A viewer who types the register's address is told in words whose data it is.
    await page.goto(`${server.base}/app/register?unit=LPYK-01`);
    await page.locator('#register .error', { hasText: 'Data gratifikasi hanya untuk UPG dan admin; akun Anda tidak dapat melihatnya.' }).waitFor();
    await context.close();
  });

  test('a session that ended sends the page back to sign-in, saying so', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'admin.yk', 'rahasia-yogya');
    await page.locator('#who').waitFor();
    await page.goto(`${server.base}/app/units/LPYK-01`);
    await settled(page, '#skm');
    // The session ends behind the page's back (as when it expires, or is signed out in another tab).
    const token = (await apiFromPage(page, '/api/v1/session')).body.csrf_token;
    assert.equal((await apiFromPage(page, '/api/v1/session', { method: 'DELETE', headers: { 'X-CSRF-Token': token } })).status, 200);
    await page.locator('form.period button[type="submit"]').click();
    await page.locator('#signin-error', { hasText: 'Sesi Anda telah berakhir' }).waitFor();
    assert.match(await page.locator('#signin-error').innerText(), /Masuk lagi untuk melanjutkan\.$/);
    await page.getByRole('heading', { name: 'Masuk ke Dasbor Suara' }).waitFor();
    await context.close();
  });

  test('a server out of reach, a proxy\'s page and a code the page does not know are said in words', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'admin.yk', 'rahasia-yogya');
    await page.locator('#who').waitFor();
    await page.route('**/api/v1/reports/alerts?*', (route) => route.abort('connectionrefused'));
    await page.route('**/api/v1/reports/comments?*', (route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>Bad Gateway</body></html>' }));
    await page.route('**/api/v1/reports/zi?*', (route) => route.fulfill({
      status: 409, contentType: 'application/json', headers: { 'X-Suara-Protocol': '1' },
      body: JSON.stringify({ error: { code: 'brand_new_refusal', message: 'a refusal from a newer server' } }),
    }));
    await page.goto(`${server.base}/app/units/LPYK-01`);
    await page.locator('#unit-title').waitFor();
    assert.match(await settled(page, '#devices'), /^Gagal memuat\. Server tidak dapat dihubungi\. Periksa sambungan jaringan, lalu coba lagi\.$/);
    assert.match(await settled(page, '#comments'), /Jawaban tidak datang dari server Suara \(status 502\)/);
    // Only an unknown code keeps the server's message, as a detail after the page's own words.
    assert.equal(await settled(page, '#zi'),
      'Gagal memuat. Server menolak permintaan ini (HTTP 409). Keterangan teknis: a refusal from a newer server');
    await context.close();
  });

  test('signing out ends the session: the old cookie no longer works', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'admin.yk', 'rahasia-yogya');
    await page.locator('#who').waitFor();
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'suara_session');
    assert.ok(cookie.httpOnly);
    assert.equal(cookie.sameSite, 'Strict');
    assert.equal(await page.evaluate(() => document.cookie.includes('suara_session')), false);
    await page.locator('#sign-out').click();
    await page.getByRole('heading', { name: 'Masuk ke Dasbor Suara' }).waitFor();
    const replay = await fetch(`${server.base}/api/v1/session`, { headers: { Cookie: `suara_session=${cookie.value}` } });
    assert.equal(replay.status, 401);
    await context.close();
  });

  test('six wrong passwords give 429, shown in words', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.base}/`);
    for (let i = 1; i <= 6; i++) {
      await page.getByLabel('Nama pengguna').fill('korban');
      await page.getByLabel('Kata sandi').fill(`tebakan-${i}`);
      await page.locator('#signin-submit').click();
      await page.locator('#signin-submit:not([disabled])').waitFor();
    }
    // How long to wait comes from the answer's Retry-After, in minutes.
    await page.locator('#signin-error', { hasText: /^Terlalu banyak percobaan masuk yang salah .* Tunggu \d+ menit, lalu coba lagi\.$/ }).waitFor();
    assert.doesNotMatch(await page.locator('#signin-error').innerText(), /too many|try again/);
    const direct = await fetch(`${server.base}/api/v1/session`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'korban', password: 'rahasia-korban' }),
    });
    assert.equal(direct.status, 429);
    assert.ok(Number(direct.headers.get('retry-after')) > 0);
    await context.close();
  });

  test('each export downloads with its progress shown, and holds what its name says', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'admin.yk', 'rahasia-yogya');
    await page.locator('#who').waitFor();
    await page.goto(`${server.base}/app/units/LPYK-01`);
    const starts = { '#export-csv': '\uFEFFrecord_id;', '#export-xlsx': 'PK\u0003\u0004', '#export-pdf-id': '%PDF-', '#export-pdf-en': '%PDF-' };
    for (const [id, start] of Object.entries(starts)) {
      const download = page.waitForEvent('download');
      await page.locator(id).click();
      const file = await download;
      const bytes = await readFile(await file.path());
      assert.equal(bytes.subarray(0, Buffer.byteLength(start)).toString('latin1'), Buffer.from(start).toString('latin1'), id);
      assert.match(file.suggestedFilename(), /^suara-LPYK-01-\d{4}-Q\d\.(csv|xlsx|pdf)$/);
      // The progress in bytes against the whole, and then done with the file's name.
      const status = await page.locator('#export-status', { hasText: /Selesai/ }).innerText();
      assert.match(status, new RegExp(file.suggestedFilename().replace('.', '\\.')));
      assert.equal(await page.locator('#export-progress').evaluate((b) => b.value), 1);
    }
    await context.close();
  });

  test('a follow-up is added and its status changed', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'admin.yk', 'rahasia-yogya');
    await page.locator('#who').waitFor();
    await page.goto(`${server.base}/app/units/LPYK-01`);
    await settled(page, '#followup');
    await page.getByLabel('Tindakan').fill('Tambah loket pada jam sibuk');
    await page.getByLabel('Penanggung jawab').fill('Kasubsi Registrasi');
    // The due date as the page's language writes it: a day, the month by its name, a year.
    const months = await page.locator('#fu-due-month option').allInnerTexts();
    assert.deepEqual(months.slice(1, 4), ['Januari', 'Februari', 'Maret']);
    await page.getByLabel('Tenggat', { exact: true }).fill('31');
    await page.locator('#fu-due-month').selectOption({ label: 'Februari' });
    await page.locator('#fu-due-year').fill('2027');
    await page.locator('#fu-add').click();
    // 31 February does not exist: said in words, and nothing is saved.
    await page.locator('#followup-status', { hasText: 'Isi tanggal yang ada' }).waitFor();
    const none = await apiFromPage(page, `/api/v1/units/LPYK-01/followups?period=${thisQuarter()}`);
    assert.equal(none.body.followups.length, 0);
    await page.locator('#fu-due-month').selectOption({ label: 'Januari' });
    await page.locator('#fu-add').click();
    await page.locator('#followup li', { hasText: 'Tambah loket pada jam sibuk' }).waitFor();
    assert.match(await page.locator('#followup li', { hasText: 'Tambah loket pada jam sibuk' }).innerText(), /31 Jan 2027/);
    const status = page.locator('#followup select[id^="fu-status-"]').first();
    await status.selectOption('done');
    await page.locator('#followup-status', { hasText: 'Tersimpan' }).waitFor();
    const stored = await apiFromPage(page, `/api/v1/units/LPYK-01/followups?period=${thisQuarter()}`);
    assert.equal(stored.body.followups.length, 1);
    assert.equal(stored.body.followups[0].status, 'done');
    assert.equal(stored.body.followups[0].due_date, '2027-01-31');
    await context.close();
  });

  test('a unit admin publishes the quarter and the public page shows it', async () => {
    const { context, page } = await newPage();
    const before = await fetch(`${server.base}/public/units/LPYK-01`);
    assert.equal(before.status, 404); // nothing unpublished is public
    await signIn(page, 'admin.yk', 'rahasia-yogya');
    await page.locator('#who').waitFor();
    await page.goto(`${server.base}/app/units/LPYK-01`);
    await page.locator('#publish').click();
    await page.locator('#publish-status', { hasText: 'Hasil dipublikasikan' }).waitFor();
    // The published period in words ("Triwulan 4 2026"), not its API name.
    const [year, quarter] = thisQuarter().split('-Q');
    await page.locator('#publications li', { hasText: `Triwulan ${quarter} ${year}: IKM` }).waitFor();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('#public-link').click()]);
    await popup.waitForLoadState();
    const text = await popup.locator('body').innerText();
    assert.match(text, new RegExp(expectedIkm(YOGYA).toFixed(2).replace('.', ',')));
    // Days in words on an Indonesian page, never an ISO date.
    assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/);
    // Each unsur's bar is as long as its NRR on the 4-point scale, measured on the page as drawn.
    const bars = await popup.locator('tr').evaluateAll((rows) => rows.map((r) => {
      const bar = r.querySelector('.bar');
      if (!bar) return null;
      const cell = getComputedStyle(bar.parentElement);
      const track = bar.parentElement.clientWidth - parseFloat(cell.paddingLeft) - parseFloat(cell.paddingRight);
      return { width: bar.getBoundingClientRect().width, track, nrr: Number(r.querySelector('.n').textContent.replace(',', '.')) };
    }).filter(Boolean));
    assert.equal(bars.length, 9);
    for (const b of bars) {
      assert.ok(b.track > 200, `a bar's track is ${b.track}px wide`);
      assert.ok(Math.abs(b.width / b.track - b.nrr / 4) < 0.02, JSON.stringify(b));
    }
    await context.close();
  });
});
