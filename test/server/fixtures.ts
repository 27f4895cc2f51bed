// Shared by the stdio and Neovim tests of the language server.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const serverBin = join(repoRoot, 'bin', 'journey-language-server.cjs');
export const serverBundle = join(repoRoot, 'out', 'language', 'main.cjs');

/** Three lines with two mistakes: a misspelled owner (line 2) and an emotion off the 1-5 scale. */
export const BROKEN_TEXT = [
    'stakeholder ServiceDesk "Service desk manager" influence high',
    'channel Phone',
    'journey J { stage S { touchpoint T { channel Phone owner ServiceDsk emotion 7 } } }',
].join('\n');
export const UNRESOLVED_OWNER = "No stakeholder named 'ServiceDsk'. Did you mean 'ServiceDesk'?";
export const EMOTION_OFF_SCALE = 'Emotion 7 is not on the scale. Use a whole number from 1 (very negative) to 5 (very positive); 3 is neutral.';

/**
 * A small, valid actual/ideal pair for requests beyond diagnostics. Line 9 is indented and spaced
 * off the canonical form, so formatting has work to do; everything else is canonical.
 */
export const PAIR_LINES = [
    'stakeholder ServiceDesk "Service desk manager" influence high',
    'stakeholder KnowledgeManager "Knowledge manager" influence medium',
    'channel Phone',
    'journey Today {',
    '    persona Alex',
    '    outcome "Back at work"',
    '    stage Seek "Looks for help" {',
    '        touchpoint CallsDesk "Calls the desk" {',
    '          channel Phone   owner ServiceDesk  emotion 1 frustrated',
    '        }',
    '    }',
    '}',
    'ideal journey Tomorrow improves Today {',
    '    persona Alex',
    '    outcome "Back at work"',
    '    stage Seek "Looks for help" {',
    '        touchpoint CallsDesk "Calls the desk" {',
    '            channel Phone  owner KnowledgeManager  emotion 4',
    '        }',
    '    }',
    '}',
    'persona Alex "Office worker"',
];
/** Line 9 (index 8) as the formatter writes it. */
export const PAIR_LINE_9_FORMATTED = '            channel Phone  owner ServiceDesk  emotion 1 frustrated';
