// Drawing a fence's text, in Node: what the Markdown preview script does in the browser.
import { describe, expect, test } from 'vitest';
import { FenceRenderer } from '../../src/markdown/render-fence.js';
import { BROKEN_FENCE, PASSWORD_RESET, PASSWORD_RESET_FENCE, PASSWORD_RESET_IDEAL, SHARED } from './markdown-fixtures.js';
import { accessibleName } from '../render/accessible-name.js';

const cards = (svg: string | undefined) => [...(svg ?? '').matchAll(/<g class="touchpoint"[^>]* data-touchpoint="([^"]+)"/g)].map(m => m[1]);

describe('drawing a ```journey fence', () => {
    const renderer = new FenceRenderer();

    test('the password-reset journey with its declarations: all 11 touchpoints, no problems', async () => {
        const fence = await renderer.render(PASSWORD_RESET_FENCE, {}, 'light');
        expect(fence.problems).toEqual([]);
        expect(cards(fence.svg)).toHaveLength(11);
        expect(fence.svg).toMatch(/^<svg /);
        expect(accessibleName(fence.svg)).toBe('Journey map: Self-service password reset (as it is today)');
    });

    test('compare, stakeholders, a chosen journey and a theme', async () => {
        const both = `${SHARED}\n${PASSWORD_RESET}\n${PASSWORD_RESET_IDEAL}`;
        const compare = await renderer.render(both, { view: 'compare' }, 'dark');
        expect(accessibleName(compare.svg)).toBe('Compare: PasswordReset against ideal PasswordResetIdeal');
        expect(compare.svg).toContain('#0d1117');
        const ideal = await renderer.render(both, { journey: 'PasswordResetIdeal' }, 'light');
        expect(cards(ideal.svg)).toEqual(['CantLogIn', 'ResetsFromLockScreen', 'BackToWork', 'CallsDesk']);
        const stakeholders = await renderer.render(both, { view: 'stakeholders' }, 'light');
        expect(accessibleName(stakeholders.svg)).toBe('Stakeholder map');
    });

    test('declarations only: the stakeholder map', async () => {
        const fence = await renderer.render(SHARED, {}, 'light');
        expect(fence.problems).toEqual([]);
        expect(accessibleName(fence.svg)).toBe('Stakeholder map');
    });

    test("mistakes are reported at the fence's lines and columns, and the map is drawn from the rest", async () => {
        const fence = await renderer.render(BROKEN_FENCE, {}, 'light');
        const lines = BROKEN_FENCE.split('\n');
        expect(fence.problems).toEqual([
            { line: 4, column: lines[3].indexOf('ServiceDsk') + 1, message: "No stakeholder named 'ServiceDsk'. Did you mean 'ServiceDesk'?" },
            { line: 6, column: lines[5].indexOf('7 }') + 1, message: expect.stringMatching(/^Emotion 7 is not on the scale/) },
        ]);
        expect(cards(fence.svg)).toEqual(['Rings', 'Waits']);
    });

    test('a syntax error: the message, and a map of what could be read', async () => {
        const fence = await renderer.render('channel Phone "Phone"\njourney J "J" {\n    stage S "S" {\n        touchpoint T "T" { channel Phone emotion }\n    }\n}\n', {}, 'light');
        expect(fence.problems.length).toBeGreaterThan(0);
        expect(fence.problems[0].line).toBe(4);
        expect(fence.problems.every(p => !/\n\s+at /.test(p.message))).toBe(true);
        expect(fence.svg).toBeDefined();
    });

    test('a journey option naming no journey is a problem on the fence line', async () => {
        const fence = await renderer.render(PASSWORD_RESET_FENCE, { journey: 'PaswordReset' }, 'light');
        expect(fence.svg).toBeUndefined();
        expect(fence.problems).toEqual([{ line: 0, column: 1, message: "No journey named 'PaswordReset' in this block; it has PasswordReset." }]);
    });

    test('each fence stands alone: names declared in one fence are unknown in the next', async () => {
        await renderer.render(SHARED, {}, 'light');
        const alone = await renderer.render(PASSWORD_RESET, {}, 'light');
        expect(alone.problems.map(p => p.message)).toContain("No persona named 'Alex'. No persona is declared yet.");
        // Fences drawn at the same time do not see each other either.
        const [a, b] = await Promise.all([renderer.render(SHARED, {}, 'light'), renderer.render(PASSWORD_RESET, {}, 'light')]);
        expect(a.problems).toEqual([]);
        expect(b.problems.length).toBeGreaterThan(0);
    });

    test('hostile text is drawn as text', async () => {
        const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
        const fence = await renderer.render(`journey J '${hostile}' {\n    stage S '${hostile}' {\n        touchpoint T '${hostile}' { emotion 3 }\n    }\n}\n`, {}, 'light');
        expect(fence.svg).toBeDefined();
        expect(fence.svg).not.toMatch(/<script|<img/i);
        expect(fence.svg).toContain('&lt;script&gt;');
    });
});
