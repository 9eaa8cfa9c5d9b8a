// Renders the dashboard for docs/screenshots/ on the demo data (suara-server seed-demo): sign-in,
// overview and a unit page (and a field unit's page filtered to one desa) at 1280×800 and 390×844 in
// Indonesian and English, the public page, and the gratification register (counts for a unit admin; list
// and one entry for the UPG, with its photo and signature, and one whose signature has not arrived).
//   SUARA_SERVER_BIN=build/server/suara-server node web/tests/screenshots.mjs docs/screenshots
import { launch } from './browser.mjs';
import { cli, startServer } from './server.mjs';

const dir = process.argv[2] ?? 'docs/screenshots';
const server = await startServer((dataDir) => cli(dataDir, ['seed-demo']));
const browser = await launch();
const auth = { Authorization: 'Basic ' + Buffer.from('lapas-yk:suara-demo').toString('base64') };

async function settle(page) {
  await page.locator('.panel-body .loading').first().waitFor({ state: 'detached' }).catch(() => {});
  await page.waitForFunction(() => document.querySelectorAll('.panel-body .loading').length === 0);
}

try {
  const now = new Date();
  const quarter = `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
  const published = await fetch(`${server.base}/api/v1/units/LP-YK/publications?period=${quarter}`, { method: 'POST', headers: auth });
  if (published.status !== 201) throw new Error(`publish: ${published.status} ${await published.text()}`);
  for (const lang of ['id', 'en']) {
    for (const [form, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
      const context = await browser.newContext({ viewport });
      await context.addInitScript((l) => { if (!localStorage.getItem('suara.lang')) localStorage.setItem('suara.lang', l); }, lang);
      const page = await context.newPage();
      await page.goto(`${server.base}/`);
      await page.locator('#signin-submit').waitFor();
      await page.screenshot({ path: `${dir}/dashboard-signin-${lang}-${form}.png` });
      await page.locator('#username').fill('kanwil');
      await page.locator('#password').fill('suara-demo');
      await page.locator('#signin-submit').click();
      await page.locator('#who').waitFor();
      await settle(page);
      await page.screenshot({ path: `${dir}/dashboard-overview-${lang}-${form}.png`, fullPage: true });
      await page.goto(`${server.base}/app/units/LP-YK`);
      await page.locator('#unit-title').waitFor();
      await settle(page);
      await page.screenshot({ path: `${dir}/dashboard-unit-${lang}-${form}.png`, fullPage: true });
      await page.goto(`${server.base}/public/units/LP-YK${lang === 'en' ? '?lang=en' : ''}`);
      await page.screenshot({ path: `${dir}/dashboard-public-${lang}-${form}.png`, fullPage: true });
      // The gratification register: counts only for the Kanwil's unit admin…
      await page.goto(`${server.base}/app/register?unit=KW-DIY`);
      await page.locator('#register-counts-only').waitFor();
      await page.screenshot({ path: `${dir}/dashboard-register-counts-${lang}-${form}.png`, fullPage: true });
      await context.close();
      // A field unit's page with the village filter set to one desa.
      const field = await browser.newContext({ viewport });
      await field.addInitScript((l) => { if (!localStorage.getItem('suara.lang')) localStorage.setItem('suara.lang', l); }, lang);
      const fieldPage = await field.newPage();
      await fieldPage.goto(`${server.base}/`);
      await fieldPage.locator('#username').fill('depok');
      await fieldPage.locator('#password').fill('suara-demo');
      await fieldPage.locator('#signin-submit').click();
      await fieldPage.locator('#who').waitFor();
      await fieldPage.goto(`${server.base}/app/units/PKB-DEPOK`);
      for (const [level, code] of [[1, '34'], [2, '34.04'], [3, '34.04.07'], [4, '34.04.07.2001']]) {
        await fieldPage.locator(`#region-level-${level}:not([disabled])`).selectOption(code);
      }
      await settle(fieldPage);
      await fieldPage.screenshot({ path: `${dir}/dashboard-unit-region-${lang}-${form}.png`, fullPage: true });
      await field.close();
      // …and the list, one entry with its audit trail and status form for the Kanwil's UPG.
      const upg = await browser.newContext({ viewport });
      await upg.addInitScript((l) => { if (!localStorage.getItem('suara.lang')) localStorage.setItem('suara.lang', l); }, lang);
      const upgPage = await upg.newPage();
      await upgPage.goto(`${server.base}/`);
      await upgPage.locator('#username').fill('upg-kanwil');
      await upgPage.locator('#password').fill('suara-demo');
      await upgPage.locator('#signin-submit').click();
      await upgPage.locator('#who').waitFor();
      await upgPage.goto(`${server.base}/app/register?unit=KW-DIY`);
      await upgPage.locator('#register-table').waitFor();
      await upgPage.screenshot({ path: `${dir}/dashboard-register-${lang}-${form}.png`, fullPage: true });
      await upgPage.locator('#register-table tbody tr', { hasText: 'Agus' }).getByRole('button').click();
      await upgPage.locator('#reg-audit').waitFor();
      // The receipt's photo and signature, loaded from the API before the picture is taken.
      await upgPage.waitForFunction(() => [...document.querySelectorAll('.reg-evidence-file img')].every((i) => i.complete && i.naturalWidth > 0));
      await upgPage.screenshot({ path: `${dir}/dashboard-register-entry-${lang}-${form}.png`, fullPage: true });
      // The request's signature has not reached the server: the entry says so.
      await upgPage.goto(`${server.base}/app/register?unit=KW-DIY`);
      await upgPage.locator('#register-table tbody tr', { hasText: 'Dedi' }).getByRole('button').click();
      await upgPage.locator('#reg-evidence-signature [data-state="not-received"]').waitFor();
      await upgPage.screenshot({ path: `${dir}/dashboard-register-entry-waiting-${lang}-${form}.png`, fullPage: true });
      await upg.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
