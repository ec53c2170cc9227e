// The interface in the community's language (issue 20): the default follows the browser's
// languages, the picker switches with no reload and no lost input, the choice survives a
// reload, and <html lang> follows. So far the shell and the welcome are translated; the
// journey grows with each screen that is.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { audit, freshPage, noErrors, openApp, screenshot, startApp, stopApp } from './harness.mjs';
import { englishLeft } from './lang/english-left.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SAMPLE = { es: 'Probar la alianza de ejemplo', fr: 'Essayer le partenariat d’exemple' };

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

const lang = (page) => page.evaluate(() => document.documentElement.lang);

describe('languages', () => {
  it('opens in Spanish for a browser that prefers Spanish, with nothing in English first', async () => {
    const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url + '/');
    // The static first screen shows no English welcome to a Spanish-speaking visitor.
    assert.equal(await page.locator('#boot .welcome').isVisible().catch(() => false), false);
    await page.locator('#boot').waitFor({ state: 'detached', timeout: 15000 });
    assert.ok(await page.getByRole('button', { name: 'Probar la alianza de ejemplo' }).isVisible());
    assert.equal(await lang(page), 'es');
    assert.equal(await page.getByRole('combobox', { name: 'Idioma' }).first().inputValue(), 'es');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('switches to French without a reload or a lost word, remembers it, and back to English', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    assert.equal(await lang(page), 'en');
    await page.getByLabel('Name of your partnership').fill('Alliance Nord');
    await page.evaluate(() => (window.notReloaded = true));
    await page.getByRole('combobox', { name: 'Language' }).last().selectOption('fr');
    await page.getByRole('button', { name: 'Essayer le partenariat d’exemple' }).waitFor();
    assert.equal(await lang(page), 'fr');
    assert.equal(await page.evaluate(() => window.notReloaded), true);
    assert.equal(await page.getByLabel('Nom de votre partenariat').inputValue(), 'Alliance Nord');
    await audit(page, 'welcome in French');
    await screenshot(page, 'languages-welcome-fr');

    await page.reload();
    await page.locator('#boot').waitFor({ state: 'detached', timeout: 15000 });
    assert.ok(await page.getByRole('button', { name: 'Essayer le partenariat d’exemple' }).isVisible());
    assert.equal(await lang(page), 'fr');

    await page.getByRole('button', { name: 'Essayer le partenariat d’exemple' }).click();
    // The French sample's words are downloaded before it opens.
    await page.getByRole('button', { name: 'Exporter', exact: true }).waitFor();
    for (const name of ['Annuler', 'Rétablir', 'Exporter', 'Importer']) {
      assert.ok(await page.getByRole('button', { name, exact: true }).first().isVisible(), name);
    }
    assert.ok(await page.getByRole('link', { name: 'Tous les partenariats' }).isVisible());
    assert.equal(await page.title(), 'Vue d’ensemble · Common Ground');
    await page.getByRole('navigation', { name: 'Outils' }).getByRole('link', { name: 'Charte' }).click();
    await page.waitForFunction(() => document.title === 'Charte · Common Ground');

    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.getByRole('button', { name: 'Export', exact: true }).waitFor();
    assert.equal(await lang(page), 'en');
    noErrors(page);
    await context.close();
  });

  it('says why it cannot start when no language file can be read, rather than a blank page', async () => {
    const { context, page } = await freshPage(browser);
    await page.route('**/locales/*.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto(server.url + '/');
    const line = page.locator('#boot .boot-loading');
    await page.waitForFunction(() => /could not load its words/.test(document.querySelector('#boot .boot-loading')?.textContent || ''));
    assert.match(await line.innerText(), /the server answered 503.*reload the page/);
    assert.ok(await line.isVisible());
    await context.close();
  });

  // Each translated area brings its own visit (e2e/lang/<area>.mjs: its screens and a form of
  // each); at every stop nothing may be left in English, in Spanish and in French.
  it('leaves no English on any translated screen, in Spanish and in French', async () => {
    const areas = (await readdir(join(here, 'lang'))).filter((f) => f.endsWith('.mjs') && !['english-left.mjs', 'steps.mjs'].includes(f)).sort();
    const visits = await Promise.all(areas.map((f) => import(join(here, 'lang', f))));
    const left = [];
    // Spanish on a wide screen; French, the longest, on a phone, where it must not push any
    // page sideways, and with axe at every stop.
    for (const [code, width] of [['es', 1280], ['fr', 390]]) {
      const { context, page } = await freshPage(browser, { viewport: { width, height: 900 } });
      await openApp(page, server.url);
      await page.getByRole('combobox').last().selectOption(code);
      await page.getByRole('button', { name: SAMPLE[code] }).waitFor();
      const check = async (p, what) => {
        for (const f of await englishLeft(p)) left.push(`${code}, ${what}: "${f.text}" (${f.where})`);
        if (code !== 'fr') return;
        const wide = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (wide > 0) left.push(`fr, ${what}: the page scrolls sideways by ${wide} px at 390 px`);
        await audit(p, `${what} in French`);
      };
      await check(page, 'welcome');
      await page.getByRole('button', { name: SAMPLE[code] }).click();
      await page.locator('main h1').first().waitFor();
      await check(page, 'overview');
      for (const [i, area] of visits.entries()) {
        await area.visit(page, code, (p, what) => check(p, `${areas[i]} ${what}`));
      }
      noErrors(page);
      await context.close();
    }
    assert.deepEqual(left, [], `English left:\n${left.join('\n')}`);
  });

  // Outputs (helper "outputs"): the sample in Spanish, and the report in French while the
  // screen stays in Spanish.
  it('counts by each language’s plural rules (the browser’s own CLDR data): "0 action" in French, "0 acciones" in Spanish', async () => {
    for (const [locale, sample, zero] of [
      ['fr-FR', SAMPLE.fr, '0 action · 4 en retard'],
      ['es-ES', SAMPLE.es, '0 acciones · 4 atrasadas'],
    ]) {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.url + '/');
      await page.locator('#boot').waitFor({ state: 'detached', timeout: 15000 });
      await page.getByRole('button', { name: sample }).click();
      await page.locator('main h1').first().waitFor();
      await page.evaluate(() => (location.hash = '#/actions'));
      await page.locator('#followup-source').selectOption('commitment');
      await page.locator('#followup-status').selectOption('done');
      await page.locator('.followup-summary', { hasText: zero }).waitFor();
      await context.close();
    }
  });

  it('opens the sample in Spanish and writes its report in French on request', async () => {
    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url + '/');
    await page.locator('#boot').waitFor({ state: 'detached', timeout: 15000 });
    await page.getByRole('button', { name: 'Probar la alianza de ejemplo' }).click();
    // The partnership's own name is Spanish too (in the partnership picker).
    await page.locator('option', { hasText: 'Alianza por la Seguridad Alimentaria de Riverside' }).first().waitFor({ state: 'attached' });

    await page.goto(server.url + '/#/report');
    const preview = page.locator('.report-preview');
    await preview.getByText('Alianza por la Seguridad Alimentaria de Riverside: informe de avance').waitFor();
    assert.equal(await preview.getAttribute('lang'), 'es');
    await page.getByRole('combobox', { name: 'Idioma del informe' }).selectOption('fr');
    await preview.getByText('Alianza por la Seguridad Alimentaria de Riverside : rapport d’avancement').waitFor();
    assert.equal(await preview.getAttribute('lang'), 'fr');
    assert.equal(await lang(page), 'es', 'the screen stays in Spanish');
    for (const width of [390, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `languages-report-fr-${width}`);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.report-actions button').nth(1).click()]);
    const html = readFileSync(await download.path(), 'utf8');
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /Synthèse/);
    assert.doesNotMatch(html, /progress report|Summary/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
