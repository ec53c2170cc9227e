// The interface in the community's language (issue 20): the default follows the browser's
// languages, the picker switches with no reload and no lost input, the choice survives a
// reload, and <html lang> follows. So far the shell and the welcome are translated; the
// journey grows with each screen that is.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { audit, freshPage, noErrors, openApp, screenshot, startApp, stopApp } from './harness.mjs';

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
    for (const name of ['Annuler', 'Rétablir', 'Exporter', 'Importer']) {
      assert.ok(await page.getByRole('button', { name, exact: true }).isVisible(), name);
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
  // Outputs (helper "outputs"): the sample in Spanish, and the report in French while the
  // screen stays in Spanish.
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
