/**
 * Browser tests of the law applied (issue 12): the jurisdiction picker, the as-of date and the option layers
 * (components/LawPanel.tsx), the layers in force and not applied (LawLayers.tsx), the switches the law sets or
 * locks in the policy panel, and the law in the share link (model/law-view.ts). North Carolina HB 318's date is
 * uncertain (DOMAIN.md §8): the news reading (Oct 1, 2025) is an option, off by default; with it on, the law of
 * 2025-10-02 fixes the counting of the hold to calendar hours, and that of 2025-09-30 does not.
 */
import assert from 'node:assert/strict';
import { getScenario, runScenario } from '@detainer-kit/sdk';

const OCT_1 = 'us-nc/hb318-2025-from-oct-1';

async function load(page, baseUrl, hash = '') {
  await page.goto(`${baseUrl}${hash}`);
  await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
  await page.locator('[data-testid="current-state"]').waitFor();
}

const counting = (page) => page.getByLabel('Counting of the hold');
const inForce = (page) =>
  page.locator('[data-testid="law-in-force"] > li').evaluateAll((lis) => lis.map((li) => li.dataset.layer));
const notApplied = (page) =>
  page
    .locator('[data-testid="law-not-applied"] > li')
    .evaluateAll((lis) => Object.fromEntries(lis.map((li) => [li.dataset.layer, li.dataset.why])));

/** Nothing on the page is wider than the window. */
async function noSidewaysOverflow(page) {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  assert.ok(scrollWidth <= width, `the page is ${scrollWidth} px wide in a ${width} px window`);
}

export const tests = {
  async 'law: North Carolina before and after Oct 1, 2025 with the HB 318 option, locks, and the link'({
    page,
    baseUrl,
    shot,
  }) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await load(page, baseUrl);
    // By default: the federal floor, each decision under the law of its own date; the header says so.
    assert.equal(
      await page.locator('[data-testid="law-applied"]').innerText(),
      'Federal floor, at the date of each decision',
    );
    const localCounting = await counting(page).inputValue();
    assert.notEqual(localCounting, 'calendar', 'the scenario counts otherwise than HB 318');

    await page.locator('[data-testid="law-jurisdiction"]').selectOption('us-nc');
    await page.locator('[data-testid="law-as-of"]').fill('2025-09-30');
    const option = page.locator(`[data-testid="law-option-${OCT_1}"]`);
    assert.equal(await option.isChecked(), false, 'an uncertain reading is off by default');
    assert.match(await option.locator('xpath=..').innerText(), /unverified/);
    await option.check();
    assert.equal(await page.locator('[data-testid="law-applied"]').innerText(), 'North Carolina, as of 2025-09-30');

    // Sept 30: HB 10 is in force (since Dec 1, 2024); the Oct 1 reading is on but not yet in force.
    assert.ok((await inForce(page)).includes('us-nc/hb10-2024'));
    let why = await notApplied(page);
    assert.equal(why[OCT_1], 'not-yet-in-force');
    assert.equal(why['us-nc/hb318-2025'], 'not-yet-in-force');
    assert.equal(await counting(page).inputValue(), localCounting);
    assert.equal(await counting(page).isDisabled(), false, 'the law leaves the counting to the local policy');
    // HB 10 fixes the state judicial order: the control is disabled and says why.
    const order = page.getByLabel('State judicial order before a hold');
    assert.equal(await order.inputValue(), 'required');
    assert.equal(await order.isDisabled(), true);
    const orderNote = await page.locator('[data-testid="law-note-stateJudicialOrder"]').innerText();
    assert.match(orderNote, /Set by North Carolina HB 10 .*\(from 2024-12-01\), secondary/);
    assert.match(orderNote, /Fixed by law: North Carolina HB 10 \(Dec 1, 2024\)/);
    await shot('70-law-nc-2025-09-30');

    // Oct 2: the news reading is in force and fixes the counting to calendar hours and the two-hour notice.
    await page.locator('[data-testid="law-as-of"]').fill('2025-10-02');
    await page.getByText('North Carolina, as of 2025-10-02').first().waitFor();
    assert.ok((await inForce(page)).includes(OCT_1));
    why = await notApplied(page);
    assert.equal(why[OCT_1], undefined);
    assert.equal(why['us-nc/hb318-2025'], 'not-yet-in-force');
    assert.equal(await counting(page).inputValue(), 'calendar');
    assert.equal(await counting(page).isDisabled(), true);
    assert.match(
      await page.locator('[data-testid="law-lock-countingRule"]').innerText(),
      /NC HB 318 \(news reading, from Oct 1, 2025\)/,
    );
    assert.equal(await page.locator('[data-testid="switch-noticeAfterEligibility"]').inputValue(), 'within-2-hours');
    await page.evaluate(() => {
      document.activeElement?.blur?.();
      window.scrollTo(0, 0);
    });
    await shot('71-law-nc-2025-10-02-top');
    await page.locator('[data-testid="law-note-countingRule"]').scrollIntoViewIfNeeded();
    await shot('72-law-nc-2025-10-02-policy');
    await page.locator('[data-testid="law-in-force"]').scrollIntoViewIfNeeded();
    await shot('73-law-nc-2025-10-02-layers');
    await noSidewaysOverflow(page);
    // The header's button opens the layers.
    await page.locator('[data-testid="open-law-layers"]').click();
    assert.equal(await page.locator('#law-h button').getAttribute('aria-expanded'), 'true');

    // The share link keeps the jurisdiction, the date and the option.
    await page.locator('[data-testid="share"]').click();
    const link = await page.locator('[data-testid="share-link"]').inputValue();
    assert.match(link, /&law=us-nc&asOf=2025-10-02&lawOptions=us-nc%2Fhb318-2025-from-oct-1$/);
    const other = await page.context().newPage();
    await other.setViewportSize({ width: 390, height: 844 });
    await load(other, '', link);
    assert.equal(await other.locator('[data-testid="law-jurisdiction"]').inputValue(), 'us-nc');
    assert.equal(await other.locator('[data-testid="law-as-of"]').inputValue(), '2025-10-02');
    assert.equal(await other.locator(`[data-testid="law-option-${OCT_1}"]`).isChecked(), true);
    assert.equal(await counting(other).inputValue(), 'calendar');
    await other.screenshot({ path: 'test-output/74-law-phone-top.png' });
    await other.locator('[data-testid="law-note-countingRule"]').scrollIntoViewIfNeeded();
    await other.screenshot({ path: 'test-output/75-law-phone-policy.png' });
    await other.locator('[data-testid="law-in-force"]').scrollIntoViewIfNeeded();
    await other.screenshot({ path: 'test-output/76-law-phone-layers.png' });
    await noSidewaysOverflow(other);
    await other.close();

    // A bad date in a link is refused, naming the field; the law in force stays as it was.
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      link.slice(link.indexOf('#')).replace('asOf=2025-10-02', 'asOf=2025-13-40'),
    );
    await page.getByText('The law in this link cannot be applied (law.asOf:').waitFor();
    assert.equal(await page.locator('[data-testid="law-jurisdiction"]').inputValue(), 'us-nc');
    assert.equal(await page.locator('[data-testid="law-as-of"]').inputValue(), '2025-10-02');
    await page.evaluate(() => {
      location.hash = '#law=us-zz';
    });
    await page.getByText('The law in this link cannot be applied (law:').waitFor();
    assert.equal(await page.locator('[data-testid="law-jurisdiction"]').inputValue(), 'us-nc');
  },

  async 'law: a case that crosses 2025-10-01 is decided under the law of each side, as the SDK decides it'({
    page,
    baseUrl,
    shot,
  }) {
    const id = 'north-carolina-hb318-crossing-oct-1';
    const sdk = runScenario(getScenario(id));
    const frozen = runScenario(getScenario(id), { law: { ...getScenario(id).law, asOf: '2025-09-30' } });
    await page.setViewportSize({ width: 1280, height: 800 });
    await load(page, baseUrl);
    await page.locator('[data-testid="scenario-select"]').selectOption(id);
    await page.getByText('Step 0 of').waitFor();
    // The scenario's own law is the law applied, and the panel shows it (not the default).
    assert.equal(
      await page.locator('[data-testid="law-applied"]').innerText(),
      'North Carolina, at the date of each decision',
    );
    assert.equal(await page.locator('[data-testid="law-jurisdiction"]').inputValue(), 'us-nc');
    assert.equal(await page.locator('[data-testid="law-as-of"]').inputValue(), '');
    assert.equal(await page.locator(`[data-testid="law-option-${OCT_1}"]`).isChecked(), true);
    // At the start (Sept 30) the layers of Sept 30 are listed: the Oct 1 reading is not yet in force.
    assert.match(await page.locator('[data-testid="law-shown-date"]').innerText(), /2025-09-30/);
    assert.equal((await notApplied(page))[OCT_1], 'not-yet-in-force');

    await page.locator('[data-testid="run-to-end"]').click();
    await page.locator('[data-testid="outcome"]').waitFor();
    assert.equal(await page.locator('[data-testid="outcome"]').innerText(), sdk.outcome.code);
    // Each decision under its own date's law, as the SDK's case records it.
    const points = await page
      .locator('[data-testid="law-applications"] > li')
      .evaluateAll((lis) => lis.map((li) => `${li.dataset.point}@${li.dataset.date}`));
    assert.deepEqual(
      points,
      sdk.case.context.lawApplied.map((a) => `${a.point}@${a.date}`),
    );
    assert.deepEqual(points.slice(0, 2), ['custodian-decision@2025-09-30', 'hold-clock@2025-10-02']);
    // At the end (Oct 3) the layers of Oct 3 are listed: the Oct 1 reading is in force.
    assert.match(await page.locator('[data-testid="law-shown-date"]').innerText(), /2025-10-03/);
    assert.ok((await inForce(page)).includes(OCT_1));
    await page.locator('[data-testid="law-applications"]').scrollIntoViewIfNeeded();
    await shot('77-law-crossing-each-decision');

    // Frozen on Sept 30: the same facts under the law of that day; the what-if says what changed.
    await page.locator('[data-testid="law-as-of"]').fill('2025-09-30');
    await page.getByText('North Carolina, as of 2025-09-30').first().waitFor();
    assert.equal(frozen.case.context.eligibilityNotice, null, 'no two-hour notice before HB 318');
    const summary = await page.locator('[data-testid="what-if"]').innerText();
    assert.match(summary, /Under “North Carolina” law as of 2025-09-30/);
    const dates = await page
      .locator('[data-testid="law-applications"] > li')
      .evaluateAll((lis) => lis.map((li) => li.dataset.date));
    assert.ok(
      dates.every((d) => d === '2025-09-30'),
      `every decision reads the frozen date: ${dates}`,
    );
    // Back to each decision's own date: the case is the scenario's again.
    await page.locator('[data-testid="law-each-decision"]').click();
    await page.getByText('North Carolina, at the date of each decision').first().waitFor();
    assert.equal(await page.locator('[data-testid="outcome"]').innerText(), sdk.outcome.code);
  },
};
