// Reads the IKM a user sees on each unit page of the dashboard, in real headless Chromium.
// node dashboard-ikm.mjs BASE_URL USER PASSWORD UNIT...  → one JSON object on stdout:
// {"UNIT": {"ikm": "88,31", "category": "A · Sangat baik", "ikm0111": "…"}, …}
import { launch } from '../../../web/tests/browser.mjs';

const [given, user, password, ...units] = process.argv.slice(2);
const base = given.replace(/\/+$/, '');
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => localStorage.setItem('suara.lang', 'id'));
  const page = await context.newPage();
  page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  await page.goto(`${base}/`);
  await page.getByLabel('Nama pengguna').fill(user);
  await page.getByLabel('Kata sandi').fill(password);
  await page.locator('#signin-submit').click();
  await page.locator('#who', { hasText: user }).waitFor();
  const seen = {};
  for (const unit of units) {
    await page.goto(`${base}/app/units/${encodeURIComponent(unit)}`);
    await page.locator('#unit-title', { hasText: unit }).waitFor();
    const value = page.locator('#ikm-value');
    await value.waitFor();
    seen[unit] = {
      ikm: (await value.innerText()).trim(),
      category: (await page.locator('#ikm-category').innerText()).trim(),
      ikm0111: (await page.locator('#ikm-0111').innerText()).trim(),
    };
  }
  process.stdout.write(JSON.stringify(seen));
} catch (e) {
  // What the page showed, for the test's failure message.
  const pages = browser.contexts().flatMap((c) => c.pages());
  for (const p of pages) process.stderr.write(`at ${p.url()}:\n${(await p.content()).slice(0, 3000)}\n`);
  throw e;
} finally {
  await browser.close();
}
