import { describe, expect, test } from 'vitest';
import { chooseLocale, localeOf } from '../../src/i18n/locales.js';
import { fillPlaceholders, placeholdersOf, translator } from '../../src/i18n/translator.js';

describe('locales', () => {
    test('a tag names a locale by its language', () => {
        expect(localeOf('el')).toBe('el');
        expect(localeOf('el-GR')).toBe('el');
        expect(localeOf('da_DK.UTF-8')).toBe('da');
        expect(localeOf('ES')).toBe('es');
        expect(localeOf('it-IT@euro')).toBe('it');
        expect(localeOf('en-US')).toBe('en');
        expect(localeOf('de-DE')).toBeUndefined();
        expect(localeOf('C')).toBeUndefined();
        expect(localeOf('')).toBeUndefined();
        expect(localeOf(undefined)).toBeUndefined();
    });

    test('the first locale the tool speaks wins, English when none', () => {
        expect(chooseLocale(undefined, 'fr', 'el-GR', 'da')).toBe('el');
        expect(chooseLocale('it', 'el')).toBe('it');
        expect(chooseLocale(undefined, 'de')).toBe('en');
        expect(chooseLocale()).toBe('en');
    });
});

describe('translator', () => {
    test('fills placeholders, and leaves one without a value to be seen', () => {
        expect(fillPlaceholders('{count} gaps in {file}', { count: 3, file: 'a.journey' })).toBe('3 gaps in a.journey');
        expect(fillPlaceholders('{count} gaps in {file}', { count: 3 })).toBe('3 gaps in {file}');
        expect(placeholdersOf('{a} and {b}, {a}')).toEqual(['a', 'b']);
    });

    test('translates by locale and falls back to English for a missing key', () => {
        const t = translator<'hello' | 'bye'>({
            en: { hello: 'Hello {name}', bye: 'Bye' },
            el: { hello: 'Γεια σου {name}' } as { hello: string; bye: string },
            da: { hello: 'Hej {name}', bye: 'Farvel' },
            it: { hello: 'Ciao {name}', bye: 'Ciao' },
            es: { hello: 'Hola {name}', bye: 'Adiós' },
        });
        expect(t('el', 'hello', { name: 'Άννα' })).toBe('Γεια σου Άννα');
        expect(t('el', 'bye')).toBe('Bye');
        expect(t('es', 'bye')).toBe('Adiós');
    });
});
