// Issue 22's printable materials: each sheet rendered to PDF through Chromium (A4 and US
// Letter), with its page count checked and nothing wider than the page box; a picture of
// each sheet as printed, to look at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { freshPage, noErrors, openApp, screenshot, startApp, stopApp } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

// Each sheet and the most pages it may take for the sample partnership.
const SHEETS = [
  ['charter', 'Partnership charter', 5],
  ['health-ballot', 'Health-check ballot', 4],
  ['anonymous-health-ballot', 'Anonymous health-check ballot', 4],
  ['resource-cards', 'Resource-mapping cards', 6],
  ['problem-tree', 'Problem tree worksheet', 1],
  ['smart-goal', 'SMART goal worksheet', 2],
  ['retrospective', 'Retrospective worksheet', 1],
  ['dot-voting', 'Dot-voting sheet', 2],
];

// The page box in CSS pixels: the paper less 14 mm margins each side (96 px per inch).
const BOX = { A4: Math.floor(((210 - 28) / 25.4) * 96), letter: Math.floor(((215.9 - 28) / 25.4) * 96) };

const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

async function wider(page, width) {
  return page.evaluate((w) => {
    const out = [];
    for (const el of document.querySelectorAll('.print-doc *')) {
      const r = el.getBoundingClientRect();
      if (r.width && r.right > w + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)} px`);
    }
    return out.slice(0, 5);
  }, width);
}

describe('printable materials', () => {
  it('prints every sheet on A4 and US Letter with nothing cut off at the page edge', async () => {
    const { context, page } = await freshPage(browser, { viewport: { width: BOX.A4, height: 1100 } });
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    for (const [slug, title, most] of SHEETS) {
      for (const paper of ['A4', 'letter']) {
        await page.evaluate((s) => (location.hash = `#/print/${s}`), slug);
        await page.getByRole('heading', { name: title, level: 1 }).waitFor();
        await page.getByLabel('Paper').selectOption(paper);
        await page.setViewportSize({ width: BOX[paper], height: 1100 });
        await page.emulateMedia({ media: 'print' });
        assert.deepEqual(await wider(page, BOX[paper]), [], `${slug} on ${paper}: wider than the page`);
        if (paper === 'A4') await screenshot(page, `print-${slug}`);
        const n = pages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        await page.emulateMedia({ media: 'screen' });
        assert.ok(n >= 1 && n <= most, `${slug} on ${paper}: ${n} pages (at most ${most})`);
      }
    }
    noErrors(page);
    await context.close();
  });

  it('prints in the language of the screen', async () => {
    const { context, page } = await freshPage(browser, { viewport: { width: BOX.A4, height: 1100 } });
    await openApp(page, server.url);
    await page.getByRole('combobox').last().selectOption('fr');
    await page.getByRole('button', { name: 'Essayer le partenariat d’exemple' }).click();
    await page.locator('main h1').first().waitFor();
    await page.evaluate(() => (location.hash = '#/print/retrospective'));
    await page.getByRole('heading', { name: 'Fiche de travail : rétrospective', level: 1 }).waitFor();
    for (const column of ['Ce qui a bien marché', 'Ce qui a été difficile', 'Ce que nous avons appris', 'Ce que nous allons faire']) {
      assert.ok(await page.getByRole('heading', { name: column }).isVisible(), column);
    }
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'print-retrospective-fr');
    noErrors(page);
    await context.close();
  });
});
