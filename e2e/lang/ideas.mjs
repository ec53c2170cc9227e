// The "ideas" area's screens for the languages journey (issue 20): community voice with its
// sheet, ideas & experiments, the dot-voting screen through a whole turn, and stories &
// communication, each with its forms open, so that every word they draw is checked.
// Selectors are by structure, never by words, so one visit serves every language.

import { go, click } from './steps.mjs';

/** Opens a form with `open`, checks it, and closes it with its Cancel button. */
async function form(page, check, what, open, within) {
  if (!(await click(page, open))) throw new Error(`${what}: nothing to click at ${open}`);
  await check(page, what);
  await click(page, `${within} .form-actions button[type=button]`);
}

export async function visit(page, lang, check) {
  await go(page, 'community');
  await check(page, 'community voice');
  await form(page, check, 'community, new activity form', '.community .page-head button.primary', '.community form');
  await form(page, check, 'community, what was heard form', '.heard > button', '.heard form');
  await form(page, check, 'community, response form', '.input-row .row-actions button', '.response-form');
  await click(page, '.activity-card .activity-head .row-actions button + button');
  await check(page, 'community, delete question');
  await click(page, '.activity-card .confirm button:not(.danger)');

  // The sheet's printed content is the "outputs" area's; its tools and badges are this one's.
  await go(page, 'you-said-we-did');
  await check(page, 'you said, we did');

  await go(page, 'ideas');
  await check(page, 'ideas & experiments');
  await form(page, check, 'ideas, new idea form', '.idea-board .section-head button.primary', '.idea-board form');
  await form(page, check, 'ideas, experiment from an idea', '.idea-card .row-actions button', '.experiments form');
  await form(page, check, 'ideas, decision form', '.experiment-card .row-actions button', '.decision-form');

  await go(page, 'dot-voting');
  await check(page, 'dot voting, last ranking');
  await click(page, '.voting-screen > button.primary');
  await check(page, 'dot voting, start form');
  await page.locator('.start-round input[type=text]').first().fill('¿?');
  await page.locator('.start-round textarea').fill('Ana\nBen');
  await click(page, '.start-round button[type=submit]');
  await page.locator('#next-voter').waitFor();
  await check(page, 'dot voting, who votes next');
  await click(page, '.voter-buttons button');
  await page.locator('#ballot-title').waitFor();
  await check(page, 'dot voting, ballot');
  await click(page, '.ballot .form-actions button[type=button]');
  await click(page, '.facilitator-actions button');
  await check(page, 'dot voting, reveal question');
  await click(page, '.facilitator-actions .confirm button:not(.danger)');
  // Cancel the round, so that the partnership is left as it was.
  await click(page, '.facilitator-actions > button:last-child');
  await click(page, '.facilitator-actions .confirm button.danger');

  await go(page, 'stories');
  await check(page, 'stories & communication');
  await form(page, check, 'stories, new story form', '.stories-page > section:nth-of-type(1) .page-head button.primary', '.stories-page form');
  await form(page, check, 'stories, new plan item form', '.stories-page > section:nth-of-type(2) .page-head button.primary', '.stories-page form');
}
