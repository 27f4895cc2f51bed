import { test } from 'vitest';
import fs from 'node:fs';
import { collectJourneyFiles } from '../src/cli/collect-files.js';
import { loadWorkspace } from '../src/cli/load-workspace.js';
import { JourneyFileSystem } from '../src/language/journey-file-system.js';
import { createJourneyServices } from '../src/language/journey-module.js';
import { renderSvg } from '../src/render/render-svg.js';
test('render', async () => {
  const s = createJourneyServices(JourneyFileSystem);
  const files = await collectJourneyFiles(['examples']);
  await loadWorkspace(s, files.workspace);
  const model = s.Journey.gaps.Analysis.getModel(); const gaps = s.Journey.gaps.Analysis.getGaps();
  fs.writeFileSync('test-results/render/map.svg', renderSvg(model, gaps, { journey: 'PasswordReset' }));
  fs.writeFileSync('test-results/render/compare.svg', renderSvg(model, gaps, { journey: 'PasswordReset', view: 'compare' }));
  fs.writeFileSync('test-results/render/stakeholders.svg', renderSvg(model, gaps, { view: 'stakeholders' }));
  fs.writeFileSync('test-results/render/es-dark.svg', renderSvg(model, gaps, { journey: 'RestablecerContraseña', theme: 'dark' }));
});
