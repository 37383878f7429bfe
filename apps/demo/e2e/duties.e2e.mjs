/**
 * Browser tests for the 2019–2026 rules on the person and on DHS (issue 11): each asserts what a person reads on
 * the screen after playing a library scenario step by step.
 */
import assert from 'node:assert/strict';

async function load(page, baseUrl) {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
  await page.locator('[data-testid="current-state"]').waitFor();
}

async function playScenario(page, id, steps) {
  await page.locator('[data-testid="scenario-select"]').selectOption(id);
  await page.getByText('Step 0 of').waitFor();
  const next = page.locator('[data-testid="next-step"]');
  for (let i = 0; i < steps; i++) await next.click();
  await page.locator('[data-testid="outcome"]').waitFor({ timeout: 20_000 });
}

const why = (page) => page.locator('.explain-panel').innerText();

export const tests = {
  async 'duties: Florida 12 days ends in DHS custody before release, and California shows a rights advisal never given'({
    page,
    baseUrl,
    shot,
  }) {
    await load(page, baseUrl);
    await playScenario(page, 'florida-transfer-before-release-12-days', 5);
    assert.equal(await page.locator('[data-testid="current-state"]').innerText(), 'Transferred to DHS');
    assert.equal(await page.locator('[data-testid="outcome"]').innerText(), 'transferred-to-dhs');
    assert.match(await why(page), /handed the person to DHS before release eligibility/);
    // The chart's taken arrow, drawn together with the transfer at release, names the event that happened.
    const takenLabels = await page
      .locator('.t-edge.taken .t-label')
      .evaluateAll((gs) => gs.map((g) => g.textContent ?? ''));
    assert.ok(
      takenLabels.some((l) => /Early transfer to DHS/.test(l)),
      `taken arrow labels: ${JSON.stringify(takenLabels)}`,
    );
    assert.ok(!takenLabels.some((l) => /eligible for release/.test(l)), 'no taken arrow says "eligible for release"');
    await shot('duties-florida');

    await playScenario(page, 'california-state-prison-duties-to-person', 6);
    const text = await why(page);
    assert.match(text, /Duties toward the person/);
    assert.match(text, /not performed when the case ended/);
    assert.match(text, /The person has not consented in writing to the interview/);
    await shot('duties-california');
  },

  async 'duties: the Laken Riley scenario says DHS was required to issue a detainer, and the hold is still declined'({
    page,
    baseUrl,
  }) {
    await load(page, baseUrl);
    await playScenario(page, 'laken-riley-duty-to-issue-2025', 3);
    assert.equal(await page.locator('[data-testid="outcome"]').innerText(), 'released-hold-declined');
    assert.match(
      await why(page),
      /DHS required to issue a detainer: yes, because the person is inadmissible under INA 212\(a\)\(6\)\(A\)/,
    );
  },
};
