// The "res" area's screens for the languages journey (issue 20): the overview, partners, the
// partnerships, the charter and the resource map with its workshop, each with one of its forms
// open, so that every word they draw is checked. Selectors are by structure, never by words,
// so one visit serves every language.

import { go, click } from './steps.mjs';

export async function visit(page, lang, check) {
  await go(page, 'overview');
  await check(page, 'overview');
  if (await click(page, '.overview > .link-button')) {
    await check(page, 'overview, renaming');
    await click(page, '.overview form button[type=button]');
  }

  await go(page, 'partners');
  await check(page, 'partners');
  await click(page, '.partners .page-head button.primary');
  await check(page, 'partners, new partner form');
  await click(page, '.partner-form .form-actions button[type=button]');
  // Delete asks first: the question and its buttons.
  await click(page, '.partner-card .row-actions button + button');
  await check(page, 'partners, delete question');
  await click(page, '.partner-card .confirm button:not(.danger)');

  await go(page, 'partnerships');
  await check(page, 'partnerships');
  await click(page, '.partnership-row .row-actions button.edit-chrome');
  await check(page, 'partnerships, renaming');
  await click(page, '.partnership-row form button[type=button]');

  await go(page, 'charter');
  await check(page, 'charter');
  await click(page, '.charter .page-head button.primary');
  await check(page, 'charter, form');
  await click(page, '.charter-form .form-actions button[type=button]');
  await click(page, '.terms-card .terms-head button');
  await check(page, 'charter, terms form');
  await click(page, '.terms-card form .form-actions button[type=button]');

  await go(page, 'resources');
  await check(page, 'resource map');
  const views = page.locator('.view-switch button');
  for (let i = 0; i < (await views.count()); i++) {
    await views.nth(i).click();
    await page.waitForTimeout(150);
    await check(page, `resource map, view ${i + 1}`);
    if (await click(page, '.heatmap .heat-cell')) await check(page, 'resource map, a cell');
    if (await click(page, '.entries-editor .add-entry')) {
      await click(page, '.entry-form details summary');
      await check(page, 'resource map, new entry form');
      await click(page, '.entry-form .form-actions button[type=button]');
    }
    if (await click(page, '.category-row .row-actions button.edit-chrome')) {
      await check(page, 'resource map, renaming a category');
      await click(page, '.category-row form button[type=button]');
    }
  }

  await go(page, 'resource-workshop');
  const steps = page.locator('.steps button');
  for (let i = 0; i < (await steps.count()); i++) {
    await steps.nth(i).click();
    await page.waitForTimeout(150);
    await check(page, `resource workshop, step ${i + 1}`);
    if (i === 0) {
      await click(page, '.turn .entry-form details summary');
      await check(page, 'resource workshop, entry form');
    }
  }
  // The workshop remembers its step; leave it where a group starts.
  await steps.first().click();
}
