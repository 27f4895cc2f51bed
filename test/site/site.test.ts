import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { analyseGaps } from '../../src/model/analyse-gaps.js';
import { styleSheet } from '../../src/render/theme.js';
import { buildSite } from '../../src/site/build-site.js';
import { searchEntries } from '../../src/site/search-index.js';
import { href, rootOf, SitePlan } from '../../src/site/site-plan.js';
import { slugOf, uniqueSlugs } from '../../src/site/slugs.js';
import { modelOf, PEOPLE } from '../model/model-test-helpers.js';

const ACTUAL = `journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Looks for help" {
        touchpoint Call "Calls the desk" { channel Phone owner Desk emotion 1 angry gives up pain "Queue too long" }
        touchpoint Portal "Tries the portal" { channel Portal emotion 2 }
    }
}
`;
const IDEAL = `ideal journey ResetIdeal "Password reset, as it should be" improves Reset {
    persona Alex
    outcome "Back to work"
    stage Help "Looks for help" {
        touchpoint Call "Is called back" { channel Phone owner Desk emotion 4 reaches outcome }
    }
}
`;
const GREEK = `journey Επαναφορά "Επαναφορά κωδικού" {
    language el
    persona Alex
    outcome "Επιστροφή στη δουλειά"
    stage Βοήθεια "Ζητά βοήθεια" {
        touchpoint Κλήση "Καλεί" { channel Phone owner Desk emotion 3 }
    }
}
`;

async function site(files: Record<string, string>) {
    const model = await modelOf(files);
    const gaps = analyseGaps(model);
    return { model, gaps, files: buildSite(model, gaps, { locale: 'en', version: '1.2.3', files: Object.keys(files).length, fileOf: uri => uri.replace('file:///ws/', '') }) };
}

describe('slugs', () => {
    test('CamelCase names become hyphenated words; accents go, Greek is written in Latin letters', () => {
        expect(slugOf('PasswordReset')).toBe('password-reset');
        expect(slugOf('PasswordResetIdeal')).toBe('password-reset-ideal');
        expect(slugOf('RestablecerContraseña')).toBe('restablecer-contrasena');
        expect(slugOf('ΕπαναφοράΚωδικού')).toBe('epanafora-kodikou');
        expect(slugOf('ΙδανικήΕπαναφοράΚωδικού')).toBe('idaniki-epanafora-kodikou');
        expect(slugOf('Lucía')).toBe('lucia');
        expect(slugOf('Ærø_Færge')).toBe('aero-faerge');
        expect(slugOf('IT2Desk')).toBe('it2-desk');
        expect(slugOf('HTTPServer')).toBe('http-server');
        expect(slugOf('Con')).toBe('con-');
        expect(slugOf('Звонок')).toBe('');
        expect(slugOf('A'.repeat(100))).toHaveLength(60);
    });

    test('collisions get a hash of the exact name; the name first in code-point order keeps the plain slug', () => {
        // By code point 'RESET' < 'Reset' < 'reset'; compared without case (file systems that ignore it), all three are 'reset'.
        const slugs = uniqueSlugs(['reset', 'Reset', 'RESET'], 'journey');
        expect(slugs[2]).toBe('reset');
        expect(slugs[0]).toMatch(/^reset-[0-9a-f]{8}$/);
        expect(slugs[1]).toMatch(/^reset-[0-9a-f]{8}$/);
        expect(new Set(slugs).size).toBe(3);
    });

    test('are the same whatever the order of the names, and a new name does not change the others', () => {
        const names = ['Reset', 'reset', 'Звонок', 'Call', 'Καλεί'];
        const forward = new Map(names.map((n, i) => [n, uniqueSlugs(names, 'journey')[i]]));
        const reversed = [...names].reverse();
        const backward = new Map(reversed.map((n, i) => [n, uniqueSlugs(reversed, 'journey')[i]]));
        expect(backward).toEqual(forward);
        const more = [...names, 'Звонок2', 'rESET'];
        const after = uniqueSlugs(more, 'journey');
        for (const name of ['reset', 'Звонок', 'Call', 'Καλεί']) expect(after[more.indexOf(name)]).toBe(forward.get(name));
        // A name with nothing left in ASCII: the fallback and a hash.
        expect(forward.get('Звонок')).toMatch(/^journey-[0-9a-f]{8}$/);
        expect(forward.get('Καλεί')).toBe('kalei');
    });

    test('a repeated name (a map error) gets a page per occurrence', () => {
        expect(uniqueSlugs(['Reset', 'Reset', 'Call'], 'journey')).toEqual(['reset', 'reset-2', 'call']);
    });
});

describe('links', () => {
    test('are relative, from any page to any other', () => {
        expect(href('index.html', 'journeys/reset.html')).toBe('journeys/reset.html');
        expect(href('journeys/reset.html', 'index.html')).toBe('../index.html');
        expect(href('journeys/reset.html', 'channels/phone.html', 'x')).toBe('../channels/phone.html#x');
        expect(href('journeys/reset.html', 'journeys/reset.html', 'tp-call')).toBe('#tp-call');
        expect(href('index.html', 'index.html')).toBe('index.html');
        expect(rootOf('index.html')).toBe('');
        expect(rootOf('journeys/reset.html')).toBe('../');
    });
});

describe('buildSite', () => {
    test('writes an index, a page per journey, persona, channel and stakeholder, a stylesheet and the search files', async () => {
        const { files } = await site({ 'people.journey': PEOPLE, 'reset.journey': ACTUAL, 'ideal.journey': IDEAL });
        expect([...files.keys()].sort()).toEqual([
            'assets/search-index.js', 'assets/search.js', 'assets/site.css',
            'channels/device.html', 'channels/email.html', 'channels/phone.html', 'channels/portal.html',
            'index.html', 'journeys/reset-ideal.html', 'journeys/reset.html',
            'personas/alex.html', 'stakeholders/desk.html', 'stakeholders/iam.html',
        ]);
    });

    test('the index lists every journey with its kind, persona, outcome, file and gaps by severity, each actual journey before its ideal', async () => {
        const { files, gaps } = await site({ 'people.journey': PEOPLE, 'reset.journey': ACTUAL, 'ideal.journey': IDEAL });
        const index = files.get('index.html')!;
        const rows = [...index.matchAll(/<tr><th scope="row"><a href="([^"]+)">/g)].map(m => m[1]);
        expect(rows).toEqual(['journeys/reset.html', 'journeys/reset-ideal.html']);
        const resetRow = index.slice(index.indexOf('<tr><th scope="row"><a href="journeys/reset.html">'), index.indexOf('</tr>', index.indexOf('journeys/reset.html">')));
        expect(resetRow).toContain('>actual</span>');
        expect(resetRow).toContain('<a href="personas/alex.html">Office worker (Alex)</a>');
        expect(resetRow).toContain('<td>Back to work</td>');
        expect(resetRow).toContain('<td>reset.journey</td>');
        const own = gaps.filter(g => g.journey === 'Reset');
        const numbers = [...resetRow.matchAll(/<td class="number[^"]*">(\d+)<\/td>/g)].map(m => Number(m[1]));
        expect(numbers).toEqual(['error', 'warning', 'info'].map(s => own.filter(g => g.severity === s).length));
        expect(numbers[1]).toBeGreaterThan(0);
        // Severity in words, not colour alone.
        expect(index).toMatch(/<th scope="col" class="number"><span class="sev sev-warning"><span class="sev-icon" aria-hidden="true">▲<\/span> Warnings<\/span><\/th>/);
        expect(index).toContain('<a href="channels/phone.html">Phone (Phone)</a>');
        expect(index).toContain('<a href="stakeholders/desk.html">Service desk (Desk)</a>');
    });

    test('a journey page has its map, the comparison with its ideal, its touchpoints as anchors and its gaps with the rules\' text', async () => {
        const { files } = await site({ 'people.journey': PEOPLE, 'reset.journey': ACTUAL, 'ideal.journey': IDEAL });
        const page = files.get('journeys/reset.html')!;
        expect(page).toContain('<html lang="en">');
        expect(page.match(/<svg /g)).toHaveLength(2); // the map and the comparison
        expect(page).toContain('<h2 id="compare">Reset against ideal ResetIdeal</h2>');
        expect(page).toContain('<tr id="tp-call">');
        expect(page).toContain('<tbody id="stage-help">');
        expect(page).toContain('<a href="../channels/phone.html">Phone</a>');
        expect(page).toContain('<a href="../index.html">All journeys</a>');
        expect(page).toContain('Improved by <a href="reset-ideal.html">Password reset, as it should be</a>');
        // Every rule code a gap links to is explained on the page.
        const linked = new Set([...page.matchAll(/href="#rule-([a-z-]+)"/g)].map(m => m[1]));
        expect(linked.size).toBeGreaterThan(1);
        for (const code of linked) expect(page).toContain(`<dt id="rule-${code}">${code}</dt>`);
        expect(page).toContain('<dt id="rule-dead-end">dead-end</dt><dd>A touchpoint where the customer gives up, and no later step &#39;reaches outcome&#39;.</dd>');
        expect(files.get('journeys/reset-ideal.html')).toContain('Improves <a href="reset.html">Reset</a>');
    });

    test('a journey page is in the journey\'s language, its file name in Latin letters', async () => {
        const { files } = await site({ 'people.journey': PEOPLE, 'greek.journey': GREEK });
        const page = files.get('journeys/epanafora.html')!;
        expect(page).toContain('<html lang="el">');
        expect(page).toContain('Όλες οι διαδρομές');
        expect(page).toContain('<tr id="tp-klisi">');
        expect(files.get('index.html')).toContain('<html lang="en">');
    });

    test('persona and channel pages say where they appear, with links to the touchpoints\' rows', async () => {
        const { files } = await site({ 'people.journey': PEOPLE, 'reset.journey': ACTUAL, 'ideal.journey': IDEAL });
        const persona = files.get('personas/alex.html')!;
        expect(persona).toContain('<a href="../journeys/reset.html">Password reset</a>');
        expect(persona).toContain('<a href="../journeys/reset-ideal.html">Password reset, as it should be</a>');
        const phone = files.get('channels/phone.html')!;
        expect(phone).toContain('<a href="../journeys/reset.html#tp-call">Call: Calls the desk</a>');
        expect(phone).toContain('<a href="../journeys/reset-ideal.html#tp-call">Call: Is called back</a>');
        expect(phone).not.toContain('Portal: Tries the portal');
        expect(files.get('channels/email.html')).toContain('No touchpoint uses this channel yet.');
        expect(files.get('stakeholders/desk.html')).toContain('<a href="../journeys/reset.html#tp-call">Call: Calls the desk</a>');
    });

    test('every page allows only the site\'s own script and stylesheet, and the maps\' style by its hash', async () => {
        const { files } = await site({ 'people.journey': PEOPLE, 'reset.journey': ACTUAL, 'ideal.journey': IDEAL });
        const hash = `'sha256-${createHash('sha256').update(styleSheet('light')).digest('base64')}'`;
        for (const [file, content] of files) {
            if (!file.endsWith('.html')) continue;
            const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(content)?.[1].replace(/&#39;/g, "'");
            expect(csp, file).toBeDefined();
            expect(csp).toContain("default-src 'none'");
            expect(csp).toContain("script-src 'self'");
            expect(csp).not.toContain('unsafe');
            if (content.includes('<svg')) expect(csp).toContain(hash);
            expect(content).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
            // No address elsewhere, but the SVG namespace (a name, never fetched).
            expect(content.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, ''), file).not.toMatch(/https?:|\/\/[a-z]/i);
        }
    });

    test('the search index has every journey, touchpoint and declaration, each with its page', async () => {
        const { model } = await site({ 'people.journey': PEOPLE, 'reset.journey': ACTUAL, 'ideal.journey': IDEAL });
        const entries = searchEntries(model, new SitePlan(model));
        expect(entries.filter(e => e[0] === 'touchpoint').map(e => e[5]).sort()).toEqual(['journeys/reset-ideal.html#tp-call', 'journeys/reset.html#tp-call', 'journeys/reset.html#tp-portal']);
        expect(entries.find(e => e[1] === 'Call' && e[2] === 'Calls the desk')).toEqual(['touchpoint', 'Call', 'Calls the desk', 'angry Queue too long Phone Desk', 'Password reset › Looks for help', 'journeys/reset.html#tp-call']);
        expect(entries.filter(e => e[0] === 'stakeholder').map(e => e[1])).toEqual(['Desk', 'Iam']);
    });

    test('is the same, byte for byte, each time', async () => {
        const first = await site({ 'people.journey': PEOPLE, 'reset.journey': ACTUAL, 'ideal.journey': IDEAL });
        const second = await site({ 'people.journey': PEOPLE, 'reset.journey': ACTUAL, 'ideal.journey': IDEAL });
        expect([...second.files]).toEqual([...first.files]);
    });
});

describe('hostile names and texts', () => {
    const HOSTILE = `persona Alex "<script>alert('persona')</script>" { description "\\"><img src=x onerror=alert(1)>" }
stakeholder Desk "Tom & Jerry's \\"desk\\"" influence high
channel Phone "</style><script>alert('channel')</script>"
journey Reset "<script>alert('title')</script>" {
    persona Alex
    outcome "</title><script>alert('outcome')</script>"
    description "' onmouseover='alert(1)"
    stage Help "<b>bold</b> & </tbody>" {
        touchpoint Call "<iframe src=javascript:alert(1)>" { channel Phone owner Desk emotion 1 "<svg onload=alert(1)>" pain "</textarea><script>alert('pain')</script>" }
    }
}
`;

    test('are escaped on every page: no markup of theirs reaches the HTML', async () => {
        const { files } = await site({ 'map.journey': HOSTILE });
        for (const [file, content] of files) {
            if (!file.endsWith('.html')) continue;
            expect(content, file).not.toMatch(/<script>alert|<img src=x|<iframe|<svg onload|<b>bold|onmouseover='|<\/style><script/);
            expect(content.match(/<script/g), file).toHaveLength(2); // the two of the page's head, with src
            expect(/<head>.*?<title>([^<]*)<\/title>/s.exec(content)?.[1], file).toBeDefined();
        }
        const page = files.get('journeys/reset.html')!;
        expect(page).toContain('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;');
        expect(page).toContain('Tom &amp; Jerry&#39;s &quot;desk&quot;');
        expect(page).toContain('&lt;/textarea&gt;&lt;script&gt;alert(&#39;pain&#39;)&lt;/script&gt;');
    });

    test('stay data in the search index: it is JSON, read as such', async () => {
        const { files } = await site({ 'map.journey': HOSTILE });
        const script = files.get('assets/search-index.js')!;
        const json = /^window\.journeySearchIndex = (.*);$/m.exec(script)![1];
        const entries = JSON.parse(json) as string[][];
        expect(entries.find(e => e[0] === 'journey')![2]).toBe("<script>alert('title')</script>");
        expect(entries.find(e => e[0] === 'touchpoint')![3]).toContain("</textarea><script>alert('pain')</script>");
    });
});
