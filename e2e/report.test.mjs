// Issue 21's report journey: the partners write an introduction and their challenges, pick
// the sections, and the preview, the print, the HTML and the Markdown all follow; each
// partner's contribution, the latest health check and the next steps are in the report.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, freshPage, noErrors, openApp, screenshot, shots, startApp, stopApp, stored, storedPartnership } from './harness.mjs';

const NOW = '2026-11-27T09:00:00Z';
const INTRO = 'Five organisations working so that no family in Riverside skips a meal.';
const CHALLENGE = 'Volunteers are stretched thin; we are recruiting through the schools.';

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

async function sampleReport(viewport) {
  const { context, page } = await freshPage(browser, { viewport });
  await context.addInitScript((now) => localStorage.setItem('cg.prefs.now', now), NOW);
  await openApp(page, server.url);
  await page.getByRole('button', { name: 'Try the sample partnership' }).click();
  await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
  // By address: on a phone the tools are behind a menu.
  await page.evaluate(() => (location.hash = '#/report'));
  await page.getByRole('heading', { name: 'Report', level: 1 }).waitFor();
  return { context, page, preview: page.locator('.report-preview') };
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

describe('the report credits and informs', () => {
  it('writes an introduction and challenges, picks sections, and every format follows', async () => {
    const { context, page, preview } = await sampleReport({ width: 1920, height: 1080 });
    const contents = page.getByRole('form', { name: 'What goes in the report' });
    const sections = contents.getByRole('group', { name: 'Sections to include' });
    assert.equal(await sections.getByRole('checkbox').count(), 16);
    assert.equal(await sections.getByRole('checkbox', { checked: true }).count(), 16, 'everything goes in at first');
    // Credits and information the sample already has.
    const credits = preview.locator('section.report-contributions');
    await credits.getByRole('heading', { name: 'What each partner contributed' }).waitFor();
    assert.ok(await credits.getByRole('columnheader', { name: 'Commitments delivered' }).isVisible());
    assert.equal(await credits.locator('tbody tr').count(), 6, 'one row per partner of the sample');
    await preview.locator('section.report-health').getByText(/^Latest health check: Autumn round/).waitFor();
    assert.ok(await preview.locator('section.report-next-steps li').count() > 0);
    assert.equal(await preview.getByRole('heading', { name: 'Introduction' }).count(), 0, 'nothing written yet');

    // A text past the bound is refused, with the reason under its field, and nothing is saved.
    await contents.getByRole('textbox', { name: 'Introduction' }).fill('x'.repeat(5001));
    await contents.getByRole('button', { name: 'Save texts' }).click();
    await contents.getByText(/^This text can have at most 5,000 characters; it has 5,001\./).waitFor();
    assert.equal(await preview.getByRole('heading', { name: 'Introduction' }).count(), 0, 'the long text is not saved');
    await contents.getByRole('textbox', { name: 'Introduction' }).fill(INTRO);
    await contents.getByRole('textbox', { name: 'Challenges and what we are doing about them' }).fill(CHALLENGE);
    await contents.getByRole('button', { name: 'Save texts' }).click();
    await preview.locator('section.report-introduction').getByText(INTRO).waitFor();
    await preview.locator('section.report-challenges').getByText(CHALLENGE).waitFor();
    assert.equal(await preview.locator('section').first().getAttribute('class'), 'report-introduction', 'the introduction opens the report');
    assert.ok(await contents.getByRole('button', { name: 'Save texts' }).isDisabled(), 'saved');

    await sections.getByLabel('Partnership health').uncheck();
    await sections.getByLabel('Stories').uncheck();
    await preview.locator('section.report-health').waitFor({ state: 'detached' });
    assert.equal(await preview.locator('section.report-stories').count(), 0);
    await audit(page, 'the report with its contents chosen');
    await screenshot(page, 'report-contents-1920');

    const html = await download(page, 'Download HTML');
    const md = await download(page, 'Download Markdown');
    for (const [name, text] of [['HTML', html], ['Markdown', md]]) {
      assert.ok(text.includes(INTRO) && text.includes(CHALLENGE), `${name}: the partners' texts`);
      assert.ok(text.includes('What each partner contributed'), `${name}: the contributions`);
      assert.ok(!text.includes('Partnership health') && !text.includes('Latest health check'), `${name}: no health, left out`);
    }
    assert.match(md, /\n## Introduction\n\n/);
    assert.ok(!md.includes('\n## Stories\n'), 'no stories, left out');
    assert.ok(!/<section class="report-stories"/.test(html));

    // The same choice prints: the PDF holds the introduction and not the health check.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.report-contents').isVisible(), false, 'the choice is not printed');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(shots, 'report-print.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });

    // Kept in the partnership: there after a reload, and in the stored file.
    const saved = storedPartnership(await stored(page));
    assert.deepEqual(saved.report.left_out, ['health', 'stories']);
    assert.equal(saved.report.introduction, INTRO);
    await page.reload();
    await page.getByRole('heading', { name: 'Report', level: 1 }).waitFor();
    await preview.locator('section.report-introduction').waitFor();
    assert.equal(await sections.getByLabel('Partnership health').isChecked(), false);
    assert.equal(await contents.getByRole('textbox', { name: 'Introduction' }).inputValue(), INTRO);

    // In Spanish, the report's own words change and the partners' stay as written.
    await page.getByLabel('Report language').selectOption('es');
    await preview.getByRole('heading', { name: 'Introducción' }).waitFor();
    await preview.getByRole('heading', { name: 'Lo que aportó cada socio' }).waitFor();
    assert.ok(await preview.getByText(INTRO).isVisible());
    await sections.getByLabel('Partnership health').check();
    await preview.getByRole('heading', { name: 'Salud de la alianza' }).waitFor();
    noErrors(page);
    await context.close();
  });

  it('fits a phone', async () => {
    const { context, page, preview } = await sampleReport({ width: 390, height: 844 });
    const contents = page.getByRole('form', { name: 'What goes in the report' });
    await contents.getByRole('textbox', { name: 'Introduction' }).fill(INTRO);
    await contents.getByRole('button', { name: 'Save texts' }).click();
    await preview.locator('section.report-introduction').waitFor();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 390, `no sideways scroll (${wide} px)`);
    await audit(page, 'the report on a phone');
    await screenshot(page, 'report-contents-390');
    noErrors(page);
    await context.close();
  });
});
