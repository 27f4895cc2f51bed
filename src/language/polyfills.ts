// Import this module before anything that loads Langium (see groupby-polyfill.cjs for why).
import './groupby-polyfill.cjs';
