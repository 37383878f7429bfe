import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { initialLang, LANG_STORAGE_KEY, langFromSearch, langFromStorage } from './lang';

const storage = (value: string | null) => ({ getItem: (key: string) => (key === LANG_STORAGE_KEY ? value : null) });

describe('the demo language', () => {
  it('reads ?lang= first, then the stored choice, else English; an unknown value is ignored', () => {
    expect(langFromSearch('?lang=es')).toBe('es');
    expect(langFromSearch('?x=1&lang=en')).toBe('en');
    expect(langFromSearch('?lang=fr')).toBeNull();
    expect(langFromSearch('')).toBeNull();
    expect(langFromStorage(storage('es'))).toBe('es');
    expect(langFromStorage(storage('klingon'))).toBeNull();
    expect(langFromStorage(null)).toBeNull();
    const throwing = {
      getItem: () => {
        throw new Error('storage refused');
      },
    };
    expect(langFromStorage(throwing)).toBeNull();
    expect(initialLang('?lang=en', storage('es'))).toBe('en');
    expect(initialLang('', storage('es'))).toBe('es');
    expect(initialLang('?lang=fr', storage(null))).toBe('en');
  });

  it('has every English message in Spanish, of the same kind, and translated', () => {
    const shape = (o: object): unknown =>
      Object.fromEntries(
        Object.entries(o).map(([k, v]) => [k, typeof v === 'object' && v !== null ? shape(v) : typeof v]),
      );
    expect(shape(es)).toEqual(shape(en));
    expect(es.appTitle).not.toBe(en.appTitle);
    expect(es.sectionOf(3, 5)).toBe('Sección 3 de 5');
    expect(en.sectionOf(3, 5)).toBe('Section 3 of 5');
    // Only names that are the same in both languages (DHS, Id) may be left as they are.
    const same = Object.entries(en).filter(([k, v]) => typeof v === 'string' && es[k as keyof typeof es] === v);
    expect(same.map(([k]) => k).sort()).toEqual(['id']);
  });
});
