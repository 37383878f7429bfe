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
