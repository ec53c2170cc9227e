// The "merge" area's screen for the languages journey (issue 20): the review of a file from
// another group, with a record added, fields updated (the partnership's own name among them)
// and a conflict on a partner both groups renamed, so that every word the review draws (slot
// and field names, the questions, the tables' heads) is checked. The other group works in a
// context of its own; selectors are by structure, never by words, so one visit serves every
// language. The review is cancelled at the end: the partnership stays as it was, but for the
// one partner renamed here.

import { freshPage, importFiles, openApp, partnerships, stored } from '../harness.mjs';
import { go, click } from './steps.mjs';

/** Renames the first partner through its form, by structure. */
async function renameFirstPartner(page, to) {
  await go(page, 'partners');
  await click(page, '.partner-card .row-actions button');
  await page.locator('.partner-form input[type=text]').first().fill(to);
  await click(page, '.partner-form button[type=submit]');
  await page.locator('.partner-form').waitFor({ state: 'detached' });
}

/** The open partnership as a file, the way an export writes it. */
async function file(page, name) {
  const [{ envelope }] = partnerships(await stored(page));
  return { name, text: JSON.stringify(envelope) };
}

export async function visit(page, lang, check, { shot } = {}) {
  const base = await file(page, 'base.json');
  // The other group: the same partnership, a partner renamed, the partnership renamed, one added.
  const other = await freshPage(page.context().browser());
  await openApp(other.page, new URL(page.url()).origin);
  await importFiles(other.page, [base]);
  await other.page.locator('main h1').first().waitFor();
  await renameFirstPartner(other.page, 'Despensa Norte (B)');
  await go(other.page, 'partnerships');
  await click(other.page, '.partnership-row .row-actions button.edit-chrome');
  await other.page.locator('.partnership-row form input').first().fill('Alianza B');
  await click(other.page, '.partnership-row form button[type=submit]');
  await go(other.page, 'partners');
  await click(other.page, '.partners .page-head button.primary');
  await other.page.locator('.partner-form input[type=text]').first().fill('Biblioteca Oeste');
  await click(other.page, '.partner-form button[type=submit]');
  await other.page.locator('.partner-form').waitFor({ state: 'detached' });
  await other.page.waitForTimeout(500);
  const theirs = await file(other.page, 'grupo-b.json');
  await other.context.close();

  // Here the same partner gets another name: a conflict.
  await renameFirstPartner(page, 'Despensa Norte (A)');
  await importFiles(page, [theirs]);
  await page.locator('.import-choice').waitFor();
  await click(page, '.import-choice button.primary');
  await page.locator('.merge-review .change-group').first().waitFor();
  await check(page, 'merge review');
  if (shot) await shot(page, 'merge-review');
  await click(page, '.merge-review .sticky-actions button:not(.primary)');
  await page.locator('.merge-review').waitFor({ state: 'detached' });
}
