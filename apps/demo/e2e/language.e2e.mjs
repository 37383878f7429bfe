/**
 * Browser tests of the language switch (src/i18n/): Español translates the header, the Why panel's outcome and
 * reasons (from the core's Spanish catalog) and the lesson; <html lang> follows; the choice survives a reload; dates
 * use the es-US locale. Facts: "Two ways to count 48 hours" is eligible Fri Apr 12, 2024 17:00 in New York; its
 * weekday count ends Tue Apr 16 17:00 (worked out in lessons.e2e.mjs), "mar, 16 de abr de 2024, 5:00 p.m." in es-US.
 */
import assert from 'node:assert/strict';

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);

/** No element of the page is wider than the viewport (the Spanish words are longer). */
async function assertNoOverflow(page) {
  const over = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('header *, .lesson-header *, .lesson-controls *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`);
  });
  assert.deepEqual(over, []);
}

export const tests = {
  async 'language: Español translates the header, the explanation and the lesson, and persists'({
    page,
    baseUrl,
    shot,
  }) {
    try {
      await spanishRun(page, baseUrl, shot);
    } finally {
      // The browser's storage outlives this page (one persistent profile): leave English for the tests after this.
      await page.evaluate(() => localStorage.removeItem('detainer-kit.demo.lang')).catch(() => {});
    }
  },
};

async function spanishRun(page, baseUrl, shot) {
  {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
    assert.equal(await htmlLang(page), 'en');
    await page.locator('[data-testid="lang-es"]').click();
    await page.getByRole('heading', { name: 'Simulador de un caso de detainer' }).waitFor();
    assert.equal(await htmlLang(page), 'es');
    assert.equal(await page.locator('[data-testid="lang-es"]').getAttribute('aria-checked'), 'true');
    assert.match(
      await page.locator('[data-testid="disclaimer"]').innerText(),
      /Modelo educativo, no es asesoría legal\./,
    );
    assert.equal(await page.evaluate(() => localStorage.getItem('detainer-kit.demo.lang')), 'es');
    // The machine's state title is read by key in Spanish, not marked English any more.
    assert.equal(await page.locator('[data-testid="current-state"]').getAttribute('lang'), null);
    assert.match(
      await page.locator('[data-testid="current-state"]').innerText(),
      /^(Sin orden de detención|Bajo custodia penal|Orden de detención vigente)$/,
    );
    // Run the first scenario to its end: the outcome and the decision come from the core's Spanish catalog.
    await page.locator('[data-testid="run-to-end"]').click();
    await page.locator('[data-testid="outcome"]').waitFor();
    const why = await page.locator('[data-panel="why"]').innerText();
    assert.match(why, /Desenlace/);
    assert.match(why, /La decisión del custodio sobre esta orden \(detainer\):/);
    assert.doesNotMatch(why, /The custodian’s decision on this detainer/);
    await shot('language-es-simulator-1280');
    await assertNoOverflow(page);

    // The mechanics' controls in Spanish: a new policy switch, its values and status badge; no English left there.
    // The switches (the federal-program readings below them are the core's English, marked lang="en").
    const policy = (await page.locator('[data-panel="policy"] fieldset.switches').allTextContents()).join(' ');
    assert.match(policy, /Orden judicial estatal antes de una retención \(Carolina del Norte, HB 10\)/);
    assert.match(policy, /Acuerdo 287\(g\)/);
    assert.match(policy, /secundaria/);
    assert.match(policy, /no se exige orden judicial estatal/);
    for (const english of [
      /State judicial order before a hold/,
      /Hold limit set by state law/,
      /Warrant service by a 287\(g\) officer/,
      /Hand the person to DHS/,
      /\bsecondary\b/,
      /no state judicial order required/,
      /Inadmissibility ground/,
    ])
      assert.doesNotMatch(policy, english);
    // The timeline's lanes and markers.
    const lanes = await page.locator('figure.lanes').innerText();
    assert.match(lanes, /Custodia/);
    assert.match(lanes, /Comunicaciones/);
    assert.match(lanes, /Ingreso/);
    for (const english of [/\bCustody\b/, /Communications/, /\bBooked\b/, /Release eligible/, /Detainer lodged/])
      assert.doesNotMatch(lanes, english);
    // A notification: the share link (copied, or ready to copy by hand when the clipboard is refused).
    await page.locator('[data-testid="share"]').click();
    const note = await page.locator('[data-testid="message"]').innerText();
    assert.match(note, /Enlace copiado|cópielo a mano/);
    assert.doesNotMatch(note, /Share link|copy it by hand|nothing is sent/);
    await page.evaluate(() => history.replaceState(null, '', location.pathname + location.search));
    // The chart is not pushed below the window by the longer words (1280×800).
    const stageBottom = await page.evaluate(
      () =>
        document.querySelector('.chart-stage, .stage, [data-testid="chart-stage"]')?.getBoundingClientRect().top ?? 0,
    );
    assert.ok(stageBottom < 800, `the chart starts at ${stageBottom}px, below the 800 px window`);

    // The population view: the charts' titles, tables and status in Spanish.
    await page.locator('[data-testid="population-toggle"]').click();
    await page.locator('[data-testid="population"]').waitFor();
    await page.locator('[data-testid="pop-cases"]').fill('300');
    await page.locator('[data-testid="pop-run"]').click();
    await page.locator('[data-testid="pop-results"]').waitFor({ timeout: 120_000 });
    const pop = await page.locator('[data-testid="population"]').innerText();
    assert.match(pop, /Desenlaces: proporción de los casos sintéticos con cada política/);
    assert.match(pop, /Horas de retención después de poder quedar en libertad/);
    assert.match(pop, /Listo: 300 casos sintéticos/);
    for (const english of [/Outcomes: share/, /Hours held past release/, /Show as a table/, /Done: /, /Results: /])
      assert.doesNotMatch(pop, english);
    await page.evaluate(() => document.querySelector('[data-testid="pop-results"]')?.scrollIntoView());
    await shot('language-es-population-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('language-es-population-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Simulador de un caso de detainer' }).waitFor();

    // Reload: still Spanish.
    await page.reload();
    await page.getByRole('heading', { name: 'Simulador de un caso de detainer' }).waitFor();
    assert.equal(await htmlLang(page), 'es');

    // The lesson in Spanish, with Spanish dates.
    await page.goto(`${baseUrl}#lesson=weekday-or-calendar&s=2&picks=tuesday`);
    await page.locator('[data-testid="lesson-title"]', { hasText: 'Dos maneras de contar 48 horas' }).waitFor();
    assert.equal(await page.locator('[data-testid="lesson-count"]').innerText(), 'Sección 3 de 5');
    const reveal = await page.locator('[data-testid="checkpoint-reveal"]').innerText();
    assert.match(reveal, /Usted eligió C: “Martes 16 de abril a las 17:00”\. Es lo que da el modelo\./);
    // Tuesday, April 16, 2024, 17:00 EDT in es-US: "mar, 16 de abr de 2024, 5:00 p.m." (ICU may write "p. m.").
    assert.match(reveal, /cuándo debe terminar la retención: mar, 16 (de )?abr (de )?2024, 5:00\sp\.\s?m\./);
    assert.match(reveal, /El viernes de las 17:00 a medianoche cuenta 7 horas/);
    await shot('language-es-lesson-1280');
    await assertNoOverflow(page);

    // A phone: the header and the lesson controls still fit.
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('language-es-lesson-phone');
    await assertNoOverflow(page);

    // ?lang=en wins over the stored choice, and switching back to English is kept too.
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByRole('heading', { name: 'Detainer case simulator' }).waitFor();
    await page.locator('[data-testid="lang-en"]').click();
    assert.equal(await page.evaluate(() => localStorage.getItem('detainer-kit.demo.lang')), 'en');
    await page.goto(`${baseUrl}?lang=es`);
    await page.getByRole('heading', { name: 'Simulador de un caso de detainer' }).waitFor();
    await shot('language-es-simulator-phone');
    await assertNoOverflow(page);
  }
}
