// The "rest" area's screens for the languages journey (issue 20): check-ins, the health
// check, the report, the overview's cards of those tools, the facilitation bar's panels and
// a page that does not exist. Locators use classes and roles, never English words, so the
// same walk serves every language. The sample partnership is open when `visit` starts.
export async function visit(page, lang, check) {
  const go = async (hash) => {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.locator('main h1').first().waitFor();
  };

  await go('#/overview');
  await page.getByTestId('check-ins-card').waitFor();
  await check(page, `overview cards (${lang})`);

  await go('#/check-ins');
  await page.locator('.next-check-in').waitFor();
  await check(page, `check-ins (${lang})`);
  await page.locator('.check-ins .page-head button.primary, .check-ins button.primary').first().click();
  await page.locator('.meeting-form').waitFor();
  await check(page, `new check-in form (${lang})`);
  await page.locator('.meeting-form button[type=button]').last().click();
  await page.locator('.add-action').first().click();
  await page.locator('.action-form').waitFor();
  await check(page, `action item form (${lang})`);
  await page.locator('.action-form button[type=button]').click();

  await go('#/health');
  await page.locator('.rating-entry').waitFor();
  await check(page, `health check (${lang})`);
  await page.locator('.health .page-head button.primary').click();
  await page.locator('.round-form').waitFor();
  await check(page, `new round form (${lang})`);

  await go('#/report');
  await page.locator('.report-controls').first().waitFor();
  await check(page, `report (${lang})`);

  // The facilitation bar's panels: the guide, the timer and the keyboard shortcuts.
  await go('#/charter');
  // On a phone the bar is in the menu.
  const menu = page.locator('.menu-button');
  if (await menu.isVisible()) await menu.click();
  const bar = page.locator('.workshop-bar');
  await bar.locator('button').first().click();
  await page.locator('.guide-panel').waitFor();
  await bar.locator('button').nth(1).click();
  await page.locator('.timer-panel').waitFor();
  await check(page, `guide and timer (${lang})`);
  await bar.locator('button').nth(1).click();
  await bar.locator('button').first().click();
  if (await menu.isVisible() && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.locator('button[aria-keyshortcuts="?"]').click();
  await page.locator('.dialog').waitFor();
  await check(page, `keyboard shortcuts (${lang})`);
  await page.locator('.dialog button').click();

  await go('#/no-such-page');
  await check(page, `page not found (${lang})`);
}
