/**
 * Browser tests for the state-law layers of issue 11 (DOMAIN.md §9–§10): the North Carolina HB 10 order, the
 * Georgia HB 1105 cap (as introduced; unverified) and 287(g) agreements, as a person sees them.
 */
import assert from 'node:assert/strict';

async function load(page, baseUrl) {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
  await page.locator('[data-testid="current-state"]').waitFor();
}

async function chooseScenario(page, id) {
  await page.locator('[data-testid="scenario-select"]').selectOption(id);
  await page.getByText('Step 0 of').waitFor();
}

async function stepTo(page, n) {
  const next = page.locator('[data-testid="next-step"]');
  for (let i = 0; i < n; i++) await next.click();
}

export const tests = {
  async 'state law: a state judicial order is a button during the hold, and the new switches show their status'({
    page,
    baseUrl,
    shot,
  }) {
    await load(page, baseUrl);
    await chooseScenario(page, 'north-carolina-state-judicial-order-missing');
    const order = page.locator('button[data-event="STATE_JUDICIAL_ORDER"]');
    // Before the detainer and the hold, the order is not part of the case: blocked, with the reason.
    assert.equal(await order.getAttribute('aria-disabled'), 'true');
    // Lodged, served, eligible for release: the hold runs on an I-200 and the order is awaited.
    await stepTo(page, 3);
    assert.equal(await page.locator('[data-testid="current-state"]').innerText(), 'Hold running');
    assert.equal(await order.getAttribute('aria-disabled'), null);
    assert.match(await page.locator('body').innerText(), /a state judicial order is awaited/);
    await order.click();
    // The deadline list (in a panel that may be folded) records it as entered.
    await page.getByText('State judicial order entered').first().waitFor({ state: 'attached' });
    assert.equal(await order.getAttribute('aria-disabled'), 'true', 'one order per hold');
    await shot('60-state-judicial-order');

    // The policy panel reads the new switches' values from the SDK and shows their status.
    const holdLimit = page.getByLabel('Hold limit set by state law');
    const options = await holdLimit.locator('option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(options, ['by-counting-rule', 'calendar-48h-unless-judicial-warrant']);
    const agreement = page.getByLabel('287(g) agreement');
    const models = await agreement.locator('option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(models, ['none', 'jail-enforcement-model', 'warrant-service-officer']);
    assert.equal(await page.getByLabel('State judicial order before a hold').inputValue(), 'required');
    assert.ok((await page.getByText('unverified', { exact: true }).count()) >= 3, 'unverified options are labelled');
  },
};
