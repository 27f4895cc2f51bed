// Every area's message catalogues: each locale has exactly English's keys, with the same
// placeholders, and is a translation (not English copied).
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.js';
import { catalogueRegistry, placeholdersOf } from '../../src/i18n/translator.js';
import '../../src/i18n/all-catalogues.js';

describe('message catalogues', () => {
    test('are registered', () => {
        expect(catalogueRegistry.size).toBeGreaterThan(0);
    });

    for (const [area, translations] of catalogueRegistry) {
        describe(area, () => {
            const english = translations.en;
            const keys = Object.keys(english).sort();
            for (const locale of LOCALES) {
                test(`${locale}: every key, no other, the same placeholders, nothing empty`, () => {
                    const catalogue = translations[locale];
                    expect(Object.keys(catalogue).sort()).toEqual(keys);
                    for (const key of keys) {
                        expect(catalogue[key].trim(), `${area}.${key} (${locale})`).not.toBe('');
                        expect(placeholdersOf(catalogue[key]).sort(), `${area}.${key} (${locale})`).toEqual(placeholdersOf(english[key]).sort());
                    }
                });
            }
            for (const locale of LOCALES.filter(l => l !== 'en')) {
                test(`${locale}: translated, not copied from English`, () => {
                    const copied = keys.filter(key => translations[locale][key] === english[key] && /[a-z]{3,}/i.test(english[key].replace(/\{\w+\}/g, '')));
                    // A few words are the same in both (a name, "OK"); most must not be.
                    expect(copied.length, `copied from English: ${copied.join(', ')}`).toBeLessThanOrEqual(Math.floor(keys.length / 10));
                });
            }
        });
    }
});
