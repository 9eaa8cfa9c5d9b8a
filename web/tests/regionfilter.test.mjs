// The unit page's village filter in real headless Chromium against a real suara-server: a field unit
// with an area (Kecamatan Depok) picks province → kabupaten → kecamatan → desa from the server's region
// list and the SKM panel shows that desa's n and IKM; a counter unit without an area shows no filter.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch } from './browser.mjs';
import { UNSUR, pushRecords } from './seed.mjs';
import { cli, startServer } from './server.mjs';

let server;
let browser;

function fixtures(dataDir) {
  cli(dataDir, ['create-unit', '--code', 'PKB-DPK', '--name', 'Balai Penyuluhan KB Depok']);
  cli(dataDir, ['create-unit', '--code', 'LPYK-01', '--name', 'Lapas Kelas IIA Yogyakarta']);
  cli(dataDir, ['create-user', '--username', 'admin.pkb', '--role', 'unit_admin', '--unit', 'PKB-DPK'], 'rahasia-pkb\n');
  cli(dataDir, ['create-user', '--username', 'admin.yk', '--role', 'unit_admin', '--unit', 'LPYK-01'], 'rahasia-yogya\n');
  const sample = new URL('../../core/resources/regions/kemendagri-sample.csv', import.meta.url).pathname;
  cli(dataDir, ['regions-import', sample]);
  cli(dataDir, ['unit-settings', '--unit', 'PKB-DPK', '--device-mode', 'field', '--regions', '34.04.07']);
}

// One interview in a desa, every answer `value`; a counter visitor when `desa` is null.
function interview(desa, value) {
  const data = { answers: Object.fromEntries(UNSUR.map((k) => [k, value])), scale: { min: 1, max: 4 }, durationMs: 95000 };
  if (!desa) return { type: 'response', q: { id: 'skm', version: 1 }, data };
  return { type: 'response', q: { id: 'skm', version: 1 }, mode: 'field', officer: 'sri-wahyuni', service: 'konseling',
    data: { ...data, administered: 'handed_over', region: desa } };
}

const CATURTUNGGAL = { code: '34.04.07.2001', name: 'Caturtunggal' };
const MAGUWOHARJO = { code: '34.04.07.2002', name: 'Maguwoharjo' };

before(async () => {
  server = await startServer(fixtures);
  await pushRecords(server, 'PKB-DPK', [
    ...Array.from({ length: 4 }, () => interview(CATURTUNGGAL, 4)),
    ...Array.from({ length: 2 }, () => interview(MAGUWOHARJO, 2)),
    ...Array.from({ length: 3 }, () => interview(null, 3)),
  ], 'Tablet lapangan');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openUnit(user, password, unit, lang = 'id') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((l) => localStorage.setItem('suara.lang', l), lang);
  const page = await context.newPage();
  page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  await page.goto(`${server.base}/`);
  await page.getByLabel(/Nama pengguna|User name/).fill(user);
  await page.getByLabel(/Kata sandi|Password/).fill(password);
  await page.locator('#signin-submit').click();
  await page.locator('#who', { hasText: user }).waitFor();
  await page.goto(`${server.base}/app/units/${unit}`);
  await page.locator('#unit-title', { hasText: unit }).waitFor();
  return { context, page };
}

const n = (page) => page.locator('#skm #ikm-n').innerText();

describe('region filter', () => {
  test('choosing a desa shows its n and IKM; the whole unit again after', async () => {
    const { context, page } = await openUnit('admin.pkb', 'rahasia-pkb', 'PKB-DPK');
    // The whole unit first: every interview and the counter's visitors.
    await page.locator('#skm #ikm-n', { hasText: /^9$/ }).waitFor();
    await page.getByLabel('Provinsi').selectOption('34');
    await page.getByLabel('Kabupaten/kota').selectOption('34.04');
    await page.getByLabel('Kecamatan').selectOption('34.04.07');
    // The kecamatan: its two desa's interviews, not the counter's.
    await page.locator('#skm #ikm-n', { hasText: /^6$/ }).waitFor();
    const desa = page.getByLabel('Desa/kelurahan');
    assert.deepEqual(await desa.locator('option').allInnerTexts(),
      ['Semua', 'Caturtunggal (34.04.07.2001)', 'Maguwoharjo (34.04.07.2002)', 'Condongcatur (34.04.07.2003)']);
    await desa.selectOption('34.04.07.2001');
    await page.locator('#skm #ikm-n', { hasText: /^4$/ }).waitFor();
    assert.equal(await page.locator('#skm #ikm-value').innerText(), '100,00');
    await desa.selectOption('34.04.07.2002');
    await page.locator('#skm #ikm-n', { hasText: /^2$/ }).waitFor();
    assert.equal(await page.locator('#skm #ikm-value').innerText(), '50,00');
    // A desa without interviews: n is 0 and the IKM is not made up.
    await desa.selectOption('34.04.07.2003');
    await page.locator('#skm #ikm-n', { hasText: /^0$/ }).waitFor();
    assert.equal(await page.locator('#skm #ikm-value').innerText(), '–');
    await page.getByLabel('Provinsi').selectOption('');
    await page.locator('#skm #ikm-n', { hasText: /^9$/ }).waitFor();
    assert.equal(await desa.isDisabled(), true);
    await context.close();
  });

  test('the English page offers the same filter in English', async () => {
    const { context, page } = await openUnit('admin.pkb', 'rahasia-pkb', 'PKB-DPK', 'en');
    await page.getByLabel('Province').selectOption('34');
    await page.getByLabel('Regency/city').selectOption('34.04');
    await page.getByLabel('District (kecamatan)').selectOption('34.04.07');
    await page.getByLabel('Village (desa/kelurahan)').selectOption('34.04.07.2001');
    await page.locator('#skm #ikm-n', { hasText: /^4$/ }).waitFor();
    assert.equal(await page.locator('#skm #ikm-value').innerText(), '100.00');
    await context.close();
  });

  test('a unit without an area shows no filter', async () => {
    const { context, page } = await openUnit('admin.yk', 'rahasia-yogya', 'LPYK-01');
    await page.locator('#skm #ikm-n').waitFor();
    assert.equal(await page.locator('#region-filter select').count(), 0);
    assert.equal(await n(page), '0');
    await context.close();
  });
});
