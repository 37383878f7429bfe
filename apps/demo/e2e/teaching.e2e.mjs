/**
 * Browser tests of the teaching view (components/TeachingDiagram.tsx): readable labels at 1280×800, the toggle
 * to the full statechart, and arrows that send their event on click or Enter (run by scripts/run-e2e.mjs).
 */
import assert from 'node:assert/strict';

async function load(page, baseUrl) {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
  await page.locator('[data-testid="teaching-diagram"] svg').waitFor();
}

const state = (page) => page.locator('[data-testid="current-state"]').innerText();
const currentNode = (page) => page.locator('.teaching g.t-node.current').getAttribute('data-state');
/** The timeline's entries up to the current position (a branch's future is not counted). */
const entryCount = (page) => page.locator('ol.entries button.entry:not(.future)').count();
const hasEntry = async (page, type) =>
  (await page.locator('ol.entries button.entry:not(.future) code', { hasText: type }).count()) > 0;
const arrow = (page, event, n = 0) => page.locator(`.teaching g.t-edge[data-event="${event}"]`).nth(n);

/** Every text of the teaching chart: its rendered font size, its box and the box it must stay inside. */
function measureTexts() {
  const svg = document.querySelector('[data-testid="teaching-diagram"] svg');
  const viewport = svg.parentElement.getBoundingClientRect();
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const round = (r) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
  return {
    scale,
    overflowX: svg.parentElement.scrollWidth - svg.parentElement.clientWidth,
    viewport: round(viewport),
    texts: [...svg.querySelectorAll('text')].map((t) => {
      const container = t.closest('.t-label, .t-chip, .t-node');
      const frame = container?.querySelector(':scope > rect');
      return {
        text: t.textContent,
        kind: container?.getAttribute('class') ?? '',
        px: Number.parseFloat(getComputedStyle(t).fontSize) * scale,
        box: round(t.getBoundingClientRect()),
        frame: frame ? round(frame.getBoundingClientRect()) : null,
      };
    }),
    labels: [...svg.querySelectorAll('.t-label > rect')].map((r) => round(r.getBoundingClientRect())),
  };
}

const inside = (a, b, slack = 0.5) =>
  a.x >= b.x - slack &&
  a.y >= b.y - slack &&
  a.x + a.width <= b.x + b.width + slack &&
  a.y + a.height <= b.y + b.height + slack;
const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const tests = {
  async 'teaching view in Spanish at 1280×800: the machine’s own words by key, every label ≥ 12 px, none overlapping'({
    page,
    baseUrl,
  }) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}?lang=es`);
    await page.getByRole('heading', { name: 'Simulador de un caso de detainer' }).waitFor();
    await page.locator('[data-testid="teaching-diagram"] svg').waitFor();
    const m = await page.evaluate(measureTexts);
    const all = m.texts.map((t) => t.text).join(' ');
    assert.match(all, /Retención/, 'the hold is titled in Spanish');
    assert.doesNotMatch(all, /Hold running/);
    for (const t of m.texts) {
      assert.ok(t.px >= 12, `"${t.text}" is ${t.px.toFixed(1)} px`);
      assert.ok(t.frame && inside(t.box, t.frame, 1), `"${t.text}" fits its box (${t.kind})`);
    }
    for (let i = 0; i < m.labels.length; i++)
      for (let j = i + 1; j < m.labels.length; j++)
        assert.ok(!overlaps(m.labels[i], m.labels[j]), `labels ${i} and ${j} overlap`);
    await page.evaluate(() => localStorage.removeItem('detainer-kit.demo.lang'));
  },

  async 'teaching view at 1280×800: every label ≥ 12 px, none overlapping, none cut off'({ page, baseUrl }) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await load(page, baseUrl);
    const m = await page.evaluate(measureTexts);
    assert.ok(m.texts.length >= 20, `${m.texts.length} texts drawn`);
    assert.equal(m.overflowX, 0, 'the chart fits its column: no sideways scrolling at 1280×800');
    for (const t of m.texts) {
      assert.ok(t.px >= 12, `"${t.text}" is ${t.px.toFixed(1)} px`);
      assert.ok(inside(t.box, m.viewport), `"${t.text}" is inside the chart's viewport`);
      assert.ok(t.frame && inside(t.box, t.frame, 1), `"${t.text}" fits its box (${t.kind})`);
    }
    for (let i = 0; i < m.labels.length; i++)
      for (let j = i + 1; j < m.labels.length; j++)
        assert.ok(!overlaps(m.labels[i], m.labels[j]), `labels ${i} and ${j} overlap`);
    // Plain words, not event codes.
    assert.ok(
      m.texts.every((t) => !/[A-Z]{2,}_[A-Z]/.test(t.text)),
      'no event codes',
    );
    // The whole chart is in the window as the page opens, above the disclaimer bar at the bottom.
    const fit = await page.evaluate(() => {
      const r = document.querySelector('[data-testid="teaching-diagram"] svg').getBoundingClientRect();
      const bar = document.querySelector('.app-footer').getBoundingClientRect();
      return { scrollY: window.scrollY, top: r.top, bottom: r.bottom, right: r.right, barTop: bar.top };
    });
    assert.equal(fit.scrollY, 0);
    assert.ok(fit.top >= 0 && fit.right <= 1280, `the chart starts in the window (${JSON.stringify(fit)})`);
    assert.ok(fit.bottom <= fit.barTop, `the chart ends above the bar at the bottom (${JSON.stringify(fit)})`);
    await page.screenshot({ path: 'test-output/teaching-1280x800.png' });
    await page.locator('[data-testid="teaching-diagram"]').screenshot({ path: 'test-output/teaching-chart-1280.png' });
  },

  async 'teaching view on a phone (390×844): labels stay ≥ 12 px'({ page, baseUrl }) {
    await page.setViewportSize({ width: 390, height: 844 });
    await load(page, baseUrl);
    const m = await page.evaluate(measureTexts);
    for (const t of m.texts) assert.ok(t.px >= 12, `"${t.text}" is ${t.px.toFixed(1)} px`);
    await page.getByText('Scroll the chart sideways').waitFor();
    await page.locator('[data-testid="teaching-diagram"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-output/teaching-390x844.png' });
  },

  async 'a scenario in the teaching view: the hold running is highlighted, its clock arrow runs to the deadline'({
    page,
    baseUrl,
  }) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await load(page, baseUrl);
    await page.locator('[data-testid="scenario-select"]').selectOption('weekday-rule-friday-release');
    const next = page.locator('[data-testid="next-step"]');
    for (let i = 0; i < 10 && (await state(page)) !== 'Hold running'; i++) await next.click();
    assert.equal(await currentNode(page), 'holding');
    await page
      .locator('[data-testid="teaching-diagram"]')
      .screenshot({ path: 'test-output/teaching-hold-running.png' });
    // The hold clock's arrow is not an event a person sends: it runs the clock to the deadline.
    await arrow(page, 'HOLD_DEADLINE_REACHED').locator('.t-label').click();
    assert.equal(await page.locator('[data-testid="outcome"]').innerText(), 'released-hold-expired');
    assert.equal(await currentNode(page), 'releasedHoldExpired');
  },

  async 'the toggle switches to the full statechart and back'({ page, baseUrl }) {
    await load(page, baseUrl);
    const teaching = page.getByRole('button', { name: 'Teaching view' });
    const expert = page.getByRole('button', { name: 'Full statechart' });
    assert.equal(await teaching.getAttribute('aria-pressed'), 'true', 'teaching view by default');
    await expert.click();
    await page.locator('.diagram-box svg g.state').first().waitFor();
    assert.equal(await page.locator('[data-testid="teaching-diagram"]').count(), 0);
    assert.equal(await expert.getAttribute('aria-pressed'), 'true');
    await teaching.click();
    await page.locator('[data-testid="teaching-diagram"] svg').waitFor();
    assert.equal(await page.locator('.diagram-box').count(), 0);
  },

  async 'an arrow that needs a payload opens its form; an arrow click and Enter send the event'({
    page,
    baseUrl,
    shot,
  }) {
    await load(page, baseUrl);
    assert.equal(await state(page), 'No detainer');
    const start = await currentNode(page);
    // Lodging a detainer needs the form: the arrow opens it, with focus in it.
    await arrow(page, 'DETAINER_LODGED').locator('.t-label').click();
    const form = page.getByRole('form', { name: 'Lodge detainer' });
    await form.waitFor();
    assert.ok(await form.evaluate((f) => f.contains(document.activeElement)), 'focus is in the form');
    const before = await entryCount(page);
    await form.getByRole('button', { name: 'Send' }).click();
    await page.waitForFunction((s) => document.querySelector('.teaching g.t-node.current')?.dataset.state !== s, start);
    assert.equal(await entryCount(page), before + 1, 'the timeline gains the step');
    assert.ok(await hasEntry(page, 'DETAINER_LODGED'));
    assert.equal(await state(page), 'Awaiting service');
    assert.equal((await page.locator('.teaching g.t-edge.taken').count()) > 0, true, 'the arrow taken is marked');
    await shot('teaching-after-lodge');

    // Serving needs no payload: pressing Enter on the focused arrow sends it at once.
    const served = arrow(page, 'DETAINER_SERVED');
    assert.equal(await served.getAttribute('aria-disabled'), null, 'available now');
    const node = await currentNode(page);
    await served.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.querySelector('.teaching g.t-node.current')?.dataset.state !== s, node);
    assert.equal(await currentNode(page), 'inCriminalCustody.detainerInEffect');
    assert.ok((await entryCount(page)) > before + 1, 'the timeline gains the step');
    assert.ok(await hasEntry(page, 'DETAINER_SERVED'));
    assert.equal(await page.locator('.teaching g.t-chip.current').count(), 1, 'the decision is highlighted');
  },

  async 'a blocked arrow explains why and sends nothing'({ page, baseUrl }) {
    await load(page, baseUrl);
    const blocked = arrow(page, 'DETAINER_SERVED');
    assert.equal(await blocked.getAttribute('aria-disabled'), 'true');
    assert.equal(await blocked.getAttribute('tabindex'), '-1', 'not in the Tab order');
    const before = await entryCount(page);
    await blocked.locator('.t-label').click({ force: true });
    const hint = await page.locator('[data-testid="teaching-hint"]').innerText();
    assert.match(hint, /Not possible now/);
    assert.equal(await state(page), 'No detainer');
    assert.equal(await entryCount(page), before);
  },
};
