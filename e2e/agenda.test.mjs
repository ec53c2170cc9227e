// Issue 22's session agenda: three exercises added, their minutes set against the session's
// length (with the message when they do not add up), the first run with the timer and the
// presentation view, the next reached with the shortcut, and the agenda printed on one page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { audit, freshPage, noErrors, openApp, screenshot, startApp, stopApp } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

async function setMinutes(page, label, minutes) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(String(minutes));
  await field.press('Enter');
}

describe('session agenda', () => {
  for (const width of [1920, 390]) {
    it(`plans, runs and prints a session at ${width} px`, async () => {
      const { context, page } = await freshPage(browser, { viewport: { width, height: width > 1000 ? 1080 : 844 } });
      await openApp(page, server.url);
      await page.getByRole('button', { name: 'Try the sample partnership' }).click();
      await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
      // Reached from the facilitation bar (behind the menu on a phone).
      if (width < 700) await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name: 'Agenda', exact: true }).click();
      await page.getByRole('heading', { name: 'Session agenda', level: 1 }).waitFor();
      await page.getByText('No exercises yet: choose the first one below.').waitFor();

      await setMinutes(page, 'Length of the session (minutes)', 60);
      for (const exercise of ['Health check', 'Dot voting', 'Stories of change']) {
        await page.getByLabel('Exercise', { exact: true }).selectOption({ label: exercise });
        await page.getByRole('button', { name: 'Add', exact: true }).click();
        await page.getByLabel(`Minutes for ${exercise}`).waitFor();
      }
      const fit = page.locator('.agenda-fit');
      // Each guide's own length: 50 + 45 + 40 minutes, far over an hour.
      assert.match(await fit.innerText(), /135 of 60 minutes planned\.\s+The exercises take 75 minutes more than the session: shorten one or lengthen the session\./);
      assert.ok(await fit.evaluate((el) => el.classList.contains('over')), 'the overrun stands out');
      await setMinutes(page, 'Minutes for Health check', 20);
      await setMinutes(page, 'Minutes for Dot voting', 25);
      await setMinutes(page, 'Minutes for Stories of change', 10);
      assert.match(await fit.innerText(), /55 of 60 minutes planned\.\s+5 minutes left for arrival, breaks and closing\./);
      await setMinutes(page, 'Minutes for Stories of change', 15);
      assert.match(await fit.innerText(), /60 of 60 minutes planned\.\s+The exercises fill the session exactly\./);
      assert.deepEqual(await page.locator('.agenda-start').allInnerTexts(), ['0:00', '0:20', '0:45']);
      await audit(page, `session agenda at ${width} px`);
      await screenshot(page, `agenda-${width}`);

      // The agenda is kept in this browser across a reload.
      await page.reload();
      await page.getByLabel('Minutes for Stories of change').waitFor();
      assert.equal(await page.getByLabel('Minutes for Dot voting').inputValue(), '25');

      // Run the first exercise: its tool, the timer at its minutes, its line in presentation view.
      await page.getByRole('button', { name: 'Start Health check with the timer' }).click();
      await page.waitForFunction(() => location.hash === '#/health');
      const time = page.locator('.timer-time');
      await time.waitFor();
      assert.match(await time.innerText(), /^(20:00|19:5\d)$/);
      await page.keyboard.press('p');
      const banner = page.locator('.step-banner');
      await banner.getByText('Agenda · exercise 1 of 3: Health check').waitFor();
      await screenshot(page, `agenda-running-${width}`);
      // The shortcut steps to the next exercise, its tool and its minutes.
      await page.keyboard.press('n');
      await page.waitForFunction(() => location.hash === '#/ideas');
      await banner.getByText('Agenda · exercise 2 of 3: Dot voting').waitFor();
      assert.match(await time.innerText(), /^(25:00|24:5\d)$/);
      await page.keyboard.press('Escape');

      // Printed: one page, nothing wider than the page box.
      await page.evaluate(() => (location.hash = '#/agenda'));
      await page.getByRole('heading', { name: 'Session agenda', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Print…', exact: true }).click();
      await page.getByRole('heading', { name: 'Session agenda', level: 1 }).waitFor();
      await page.waitForFunction(() => location.hash === '#/print/agenda');
      const doc = await page.locator('.print-doc').innerText();
      assert.match(doc, /A session of 60 minutes/);
      assert.match(doc, /0:00\s+Health check/);
      assert.match(doc, /The exercises fill the session exactly\./);
      if (width > 1000) {
        const box = Math.floor(((210 - 28) / 25.4) * 96);
        await page.setViewportSize({ width: box, height: 1100 });
        await page.emulateMedia({ media: 'print' });
        const wider = await page.evaluate((w) => [...document.querySelectorAll('.print-doc *')]
          .filter((el) => el.getBoundingClientRect().right > w + 1).map((el) => el.className), box);
        assert.deepEqual(wider, [], 'nothing wider than the page');
        await screenshot(page, 'agenda-print');
        assert.equal(pages(await page.pdf({ preferCSSPageSize: true, printBackground: true })), 1, 'the agenda prints on one page');
      }
      noErrors(page);
      await context.close();
    });
  }
});
