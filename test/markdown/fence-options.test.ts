import { describe, expect, test } from 'vitest';
import { parseFenceOptions } from '../../src/markdown/fence-options.js';

describe('```journey fence options', () => {
    test('none', () => {
        expect(parseFenceOptions('')).toEqual({ options: {}, problems: [] });
    });

    test('view, journey, theme and zoom', () => {
        expect(parseFenceOptions('view=compare journey=PasswordReset theme=dark zoom=fit')).toEqual({
            options: { view: 'compare', journey: 'PasswordReset', theme: 'dark', zoom: 'fit' }, problems: [],
        });
        expect(parseFenceOptions('stakeholders theme=high-contrast zoom=50%').options).toEqual({ view: 'stakeholders', theme: 'high-contrast', zoom: 0.5 });
        expect(parseFenceOptions('journey="RestablecerContraseña" zoom=1.5').options).toEqual({ journey: 'RestablecerContraseña', zoom: 1.5 });
    });

    test('what cannot be used is said in words and left out', () => {
        expect(parseFenceOptions('view=gantt theme=sepia zoom=12 colour=red')).toEqual({
            options: {},
            problems: [
                "'gantt' is not a view; use map, compare, stakeholders.",
                "'sepia' is not a theme; use light, dark, high-contrast, vscode.",
                "'12' is not a zoom; use fit, or a scale such as 0.5 or 50%.",
                "Unknown option 'colour=red'; use view=, journey=, theme= or zoom=.",
            ],
        });
    });
});
