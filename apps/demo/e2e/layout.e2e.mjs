/**
 * Browser tests of the page's layout (App.tsx, styles.css, components/Panel.tsx): the stage (step controls,
 * chart, timeline) is the widest region and comes first; the panels beside it open and close from the keyboard
 * and stay as they were left; the whole teaching chart is in the window at 1280×800; nothing overflows
 * sideways on a phone. Screenshots at 1280×800, 1920×1080 and 390×844 (run by scripts/run-e2e.mjs).
 */
import assert from 'node:assert/strict';

const PANELS_KEY = 'detainer-kit.demo.panels';
const SCENARIO = 'weekday-rule-friday-release';

async function load(page, baseUrl) {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
  await page.locator('[data-testid="teaching-diagram"] svg').waitFor();
}

/** Loads the weekday-rule scenario and steps to the hold running (the chart's current phase is low on it). */
async function holdRunning(page) {
  await page.locator('[data-testid="scenario-select"]').selectOption(SCENARIO);
  await page.getByText('Step 0 of').waitFor();
  const next = page.locator('[data-testid="next-step"]');
  const state = page.locator('[data-testid="current-state"]');
  for (let i = 0; i < 10 && (await state.innerText()) !== 'Hold running'; i++) await next.click();
  assert.equal(await state.innerText(), 'Hold running');
  // No focus ring or hover highlight left over from the clicks in the pictures.
  await page.evaluate(() => document.activeElement?.blur?.());
  await page.mouse.move(2, 2);
}

/** The boxes of the page's regions, the teaching chart and the bar at the bottom, in page coordinates. */
function regions() {
  const box = (sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height, bottom: r.bottom + window.scrollY };
  };
  return {
    viewport: { width: window.innerWidth, height: window.innerHeight },
    scrollWidth: document.documentElement.scrollWidth,
    stage: box('[data-testid="stage"]'),
    events: box('.rail-events'),
    info: box('.rail-info'),
    controls: box('#time-controls'),
    chart: box('[data-testid="teaching-diagram"] svg'),
    timeline: box('#timeline-h'),
    footer: box('.app-footer'),
    why: box('#why-h'),
    policy: box('#policy-h'),
    eventsHeading: box('.rail-events h2'),
  };
}

/** The part of a box inside the first screenful (the page scrolled to the top). */
const visibleArea = (b, vp) =>
  Math.max(0, Math.min(b.x + b.width, vp.width) - Math.max(b.x, 0)) *
  Math.max(0, Math.min(b.y + b.height, vp.height) - Math.max(b.y, 0));

/** Every text of the teaching chart is at least 12 px, and the chart is wholly inside the window. */
async function assertChartInWindow(page, r) {
  const px = await page.evaluate(() => {
    const svg = document.querySelector('[data-testid="teaching-diagram"] svg');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return Math.min(
      ...[...svg.querySelectorAll('text')].map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale),
    );
  });
  assert.ok(px >= 12, `the smallest chart text is ${px.toFixed(1)} px`);
  assert.ok(r.chart.x >= 0 && r.chart.x + r.chart.width <= r.viewport.width, 'the chart is inside the window sideways');
  assert.ok(r.chart.y >= 0, 'the chart starts in the window');
  // The disclaimer bar stays over the bottom of the window: the chart ends above it.
  const barTop = r.viewport.height - r.footer.height;
  assert.ok(
    r.chart.bottom <= barTop,
    `the chart ends at ${r.chart.bottom.toFixed(0)} px, above the bar at ${barTop} px`,
  );
}

export const tests = {
  async 'at 1280×800 the stage is the widest region and the whole teaching chart is in the window'({ page, baseUrl }) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await load(page, baseUrl);
    await holdRunning(page);
    const r = await page.evaluate(regions);
    assert.equal(r.scrollWidth, r.viewport.width, 'no sideways scrolling');
    assert.ok(r.stage.width > 2.5 * r.events.width, `stage ${r.stage.width} px wide, events ${r.events.width} px`);
    assert.ok(r.stage.x < r.events.x, 'the stage on the left, the panels on the right');
    assert.equal(r.events.x, r.info.x, 'one column of panels');
    const vp = r.viewport;
    const shown = { stage: visibleArea(r.stage, vp), events: visibleArea(r.events, vp), info: visibleArea(r.info, vp) };
    assert.ok(
      shown.stage > shown.events + shown.info,
      `the stage fills most of the first screen: ${JSON.stringify(shown)}`,
    );
    await assertChartInWindow(page, r);
    await page.screenshot({ path: 'test-output/layout-1280x800.png' });
  },

  async 'in Spanish at 1280×800 nothing overflows sideways'({ page, baseUrl }) {
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      await page.goto(`${baseUrl}?lang=es`);
      await page.getByRole('heading', { name: 'Simulador de un caso de detainer' }).waitFor();
      await page.locator('[data-testid="teaching-diagram"] svg').waitFor();
      await page.locator('[data-testid="scenario-select"]').selectOption(SCENARIO);
      await page.getByText('Paso 0 de').waitFor();
      const next = page.locator('[data-testid="next-step"]');
      // The state's title is Spanish here: find the hold by the chart's current node, not by its English name.
      const holding = page.locator('[data-testid="teaching-diagram"] [data-state="holding"][aria-current="step"]');
      for (let i = 0; i < 10 && (await holding.count()) === 0; i++) await next.click();
      assert.equal(await holding.count(), 1, 'the hold is running');
      const r = await page.evaluate(regions);
      assert.equal(r.scrollWidth, r.viewport.width, 'no sideways scrolling');
      await page.screenshot({ path: 'test-output/layout-es-1280x800.png' });
      // Not yet asserted in Spanish: the Spanish chart's longer labels lay out about 3% wider and 7% taller than the
      // English one, and its bottom row ends a few pixels under the footer bar at 1280×800 (issue #10 note).
      const chart = await page.locator('[data-testid="teaching-diagram"] svg').boundingBox();
      assert.ok(
        chart && chart.x >= 0 && chart.x + chart.width <= r.viewport.width,
        'the chart is inside the window sideways',
      );
    } finally {
      await page.evaluate(() => localStorage.removeItem('detainer-kit.demo.lang')).catch(() => {});
    }
  },

  async 'at 1920×1080 the stage is between the panels and the chart is in the window'({ page, baseUrl }) {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await load(page, baseUrl);
    await holdRunning(page);
    const r = await page.evaluate(regions);
    assert.equal(r.scrollWidth, r.viewport.width, 'no sideways scrolling');
    assert.ok(r.info.x < r.stage.x && r.stage.x < r.events.x, 'why and policy on the left, the events on the right');
    assert.ok(r.stage.width > 2.5 * Math.max(r.events.width, r.info.width), 'the stage is the widest region');
    await assertChartInWindow(page, r);
    assert.ok(r.controls.y < r.chart.y && r.chart.y < r.timeline.y, 'controls, chart, timeline from top to bottom');
    await page.screenshot({ path: 'test-output/layout-1920x1080.png' });
  },

  async 'on a phone (390×844) the step controls and the stage come first and nothing overflows sideways'({
    page,
    baseUrl,
  }) {
    await page.setViewportSize({ width: 390, height: 844 });
    await load(page, baseUrl);
    await holdRunning(page);
    const r = await page.evaluate(regions);
    assert.ok(
      r.scrollWidth <= r.viewport.width,
      `the page is ${r.scrollWidth} px wide in a ${r.viewport.width} px window`,
    );
    assert.ok(r.controls.y < r.chart.y && r.chart.y < r.timeline.y, 'controls, chart, timeline from top to bottom');
    for (const panel of ['eventsHeading', 'why', 'policy'])
      assert.ok(r.timeline.bottom < r[panel].y, `${panel} comes after the stage`);
    assert.ok(r.controls.y < r.viewport.height / 2, 'the step controls are in the top half of the first screen');
    // In the page's order too (keyboard and screen readers): the stage before every panel.
    const order = await page.evaluate(() => {
      const stage = document.querySelector('[data-testid="stage"]');
      return [...document.querySelectorAll('section.collapsible')].every(
        (p) => stage.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    assert.ok(order, 'every panel follows the stage in the page');
    // The chart is wider than a phone: it scrolls sideways inside its box, to the current phase.
    const current = await page.evaluate(() => {
      const box = document.querySelector('.teaching-box').getBoundingClientRect();
      const node = document.querySelector('.teaching g.t-node.current rect').getBoundingClientRect();
      return { inside: node.left >= box.left - 1 && node.right <= box.right + 1, box: box.width, node: node.left };
    });
    assert.ok(current.inside, `the current phase is in the chart's box (${JSON.stringify(current)})`);
    await page.screenshot({ path: 'test-output/layout-390x844.png' });
    await page.screenshot({ path: 'test-output/layout-390x844-full.png', fullPage: true });
  },

  async 'panels open and close from the keyboard and stay as they were left after a reload'({ page, baseUrl }) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await load(page, baseUrl);
    try {
      const why = page.getByRole('button', { name: 'Why', exact: true });
      assert.equal(await why.getAttribute('aria-expanded'), 'true', 'open at first');
      const body = page.locator(`#${await why.getAttribute('aria-controls')}`);
      assert.ok(await body.isVisible());
      // Tab reaches the disclosure button from the control before it; Enter closes the panel.
      await page.locator('.rail-events button[data-event]').last().focus();
      for (let i = 0; i < 10 && !(await why.evaluate((b) => b === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      assert.ok(await why.evaluate((b) => b === document.activeElement), 'Tab reaches the “Why” button');
      await page.keyboard.press('Enter');
      assert.equal(await why.getAttribute('aria-expanded'), 'false');
      assert.ok(await body.isHidden(), 'the body is hidden');
      assert.ok(await why.evaluate((b) => b === document.activeElement), 'focus stays on the button');
      // A closed panel's controls are out of the Tab order: the next Tab goes to the next panel's button.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement?.closest('section')?.dataset.panel);
      assert.notEqual(next, 'why', 'nothing inside the closed panel takes focus');
      // Space opens it again.
      await why.focus();
      await page.keyboard.press('Space');
      assert.equal(await why.getAttribute('aria-expanded'), 'true');
      assert.ok(await body.isVisible());

      // The policy panel closed with the keyboard stays closed after a reload; the others stay open.
      const policy = page.getByRole('button', { name: 'Custodian’s policy' });
      await policy.focus();
      await page.keyboard.press('Enter');
      assert.equal(await policy.getAttribute('aria-expanded'), 'false');
      await page.locator('[data-panel="policy"] .panel-summary').waitFor();
      await page.screenshot({ path: 'test-output/layout-panel-closed.png' });
      await page.reload();
      await page.locator('[data-testid="teaching-diagram"] svg').waitFor();
      assert.equal(
        await page.getByRole('button', { name: 'Custodian’s policy' }).getAttribute('aria-expanded'),
        'false',
      );
      assert.equal(await page.getByRole('button', { name: 'Why', exact: true }).getAttribute('aria-expanded'), 'true');
      assert.equal(
        await page.locator('[data-testid="policy-preset"]').count(),
        1,
        'the closed panel keeps its controls',
      );
      assert.ok(await page.locator('[data-testid="policy-preset"]').isHidden());
    } finally {
      // The browser profile is shared by the tests that follow: leave every panel open.
      await page.evaluate((key) => localStorage.removeItem(key), PANELS_KEY);
    }
  },

  async 'an unreadable stored panel state opens every panel'({ page, baseUrl }) {
    await load(page, baseUrl);
    try {
      await page.evaluate((key) => localStorage.setItem(key, '{"why":"no","events":false}'), PANELS_KEY);
      await page.reload();
      await page.locator('[data-testid="teaching-diagram"] svg').waitFor();
      const states = await page
        .locator('section.collapsible h2 button')
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-expanded')));
      assert.ok(states.length >= 4, `${states.length} panels`);
      assert.ok(
        states.every((s) => s === 'true'),
        `all open: ${states}`,
      );
    } finally {
      await page.evaluate((key) => localStorage.removeItem(key), PANELS_KEY);
    }
  },

  async 'an arrow that needs a form opens the closed events panel, with focus in the form'({ page, baseUrl }) {
    await load(page, baseUrl);
    try {
      const events = page.getByRole('button', { name: 'What happens next' });
      await events.click();
      assert.equal(await events.getAttribute('aria-expanded'), 'false');
      await page.locator('.teaching g.t-edge[data-event="DETAINER_LODGED"] .t-label').click();
      const form = page.getByRole('form', { name: 'Lodge detainer' });
      await form.waitFor();
      assert.equal(await events.getAttribute('aria-expanded'), 'true', 'the panel opened');
      assert.ok(await form.evaluate((f) => f.contains(document.activeElement)), 'focus is in the form');
    } finally {
      await page.evaluate((key) => localStorage.removeItem(key), PANELS_KEY);
    }
  },
};
