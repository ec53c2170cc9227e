// The measuring tools in another language (issue 20): metrics and one metric's page, goals,
// root causes, sustainability, milestones & learning, each with a form open so that its
// words are drawn. Addresses and classes, not words, find the way, so one visit serves every
// language.

import { go } from './steps.mjs';

/** Opens a form with `button` and checks the screen with it open. */
async function withForm(page, check, what, button, form) {
  await page.locator(button).first().click();
  await page.locator(form).first().waitFor();
  await check(page, what);
}

export async function visit(page, lang, check) {
  await go(page, 'metrics');
  await check(page, 'metrics');
  await withForm(page, check, 'new metric form', '.metrics .page-head button.primary', 'form.metric-form');
  await page.locator('.metric-row h3 a').first().click();
  await page.locator('.metric-detail').waitFor();
  await check(page, 'a metric');
  await withForm(page, check, 'a metric with its edit form', '.detail-actions button.edit-chrome', 'form.metric-form');

  await go(page, 'goals');
  await check(page, 'goals');
  await withForm(page, check, 'the goal builder', '.goals .page-head button.primary', 'form.goal-builder');

  await go(page, 'root-causes');
  await check(page, 'root causes');
  await withForm(page, check, 'a new cause', '.cause-tree .column-head button', '.cause-tree form.tree-form');
  await withForm(page, check, 'a new symptom', '.symptom-list .column-head button', '.symptom-list form.tree-form');

  await go(page, 'sustainability');
  await check(page, 'sustainability');
  await withForm(page, check, 'a new funding source', '#funding-heading + button', 'section[aria-labelledby="funding-heading"] form');

  await go(page, 'milestones');
  await check(page, 'milestones & learning');
  await withForm(page, check, 'a new milestone', 'section[aria-labelledby="milestones-heading"] .page-head button.primary', 'section[aria-labelledby="milestones-heading"] form');
  await withForm(page, check, 'a new retrospective', '#retro-heading ~ button', 'section[aria-labelledby="retro-heading"] form');
}
