// Issue 22's printable materials: each sheet rendered to PDF through Chromium (A4 and US
// Letter), with its page count checked and nothing wider than the page box; a picture of
// each sheet as printed, to look at; each tool's Print… button opening its sheet.
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
  ['you-said-we-did', 'You said, we did', 3],
  ['agenda', 'Session agenda', 1],
];

// Each tool with a sheet, the sheet its *Print…* button opens, and that sheet's title.
const BUTTONS = [
  ['charter', 'charter', 'Partnership charter'],
  ['health', 'health-ballot', 'Health-check ballot'],
  ['resources', 'resource-cards', 'Resource-mapping cards'],
  ['root-causes', 'problem-tree', 'Problem tree worksheet'],
  ['goals', 'smart-goal', 'SMART goal worksheet'],
  ['milestones', 'retrospective', 'Retrospective worksheet'],
  ['ideas', 'dot-voting', 'Dot-voting sheet'],
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

  it('opens each sheet from its tool’s Print… button, and the community’s sheet from its link', async () => {
    const { context, page } = await freshPage(browser, { viewport: { width: 1920, height: 1080 } });
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    for (const [tool, slug, title] of BUTTONS) {
      await page.evaluate((t) => (location.hash = `#/${t}`), tool);
      await page.locator('main h1').first().waitFor();
      await page.getByRole('link', { name: 'Print…', exact: true }).click();
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      assert.equal(await page.evaluate(() => location.hash), `#/print/${slug}`, tool);
    }
    // The ballot page leads to the anonymous one and back.
    await page.evaluate(() => (location.hash = '#/print/health-ballot'));
    await page.getByRole('link', { name: 'The anonymous ballot' }).click();
    await page.getByRole('heading', { name: 'Anonymous health-check ballot', level: 1 }).waitFor();
    await page.evaluate(() => (location.hash = '#/community'));
    await page.getByRole('link', { name: '“You said, we did” sheet' }).click();
    await page.getByRole('heading', { name: 'You said, we did', level: 1 }).waitFor();
    const sheet = await page.locator('.print-doc').innerText();
    assert.match(sheet, /\d+ points heard · acted on: \d+ · awaiting our answer: \d+/);
    assert.match(sheet, /You said\s+We did/);
    await screenshot(page, 'print-said-did-1920');
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
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => (location.hash = '#/print/you-said-we-did'));
    await page.getByRole('heading', { name: 'Vous avez dit, nous avons fait', level: 1 }).waitFor();
    for (const column of ['Vous avez dit', 'Nous avons fait']) {
      assert.ok(await page.getByRole('columnheader', { name: column }).first().isVisible(), column);
    }
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'print-said-did-fr');
    noErrors(page);
    await context.close();
  });
});
