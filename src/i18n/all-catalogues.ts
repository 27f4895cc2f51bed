// Imports every area's messages, so that each registers its catalogues
// (test/i18n/catalogues.test.ts checks them all). Add an area's messages module here.
import '../model/gap-messages.js';
import '../render/render-messages.js';
import '../language/code-actions/code-action-messages.js';
import '../cli/cli-messages.js';
import '../language/validation/language-messages.js';
import '../playground/playground-messages.js';
import '../playground/editor-phrases.js';
import '../site/site-messages.js';
