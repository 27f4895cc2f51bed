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
