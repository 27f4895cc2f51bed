// npm run bench: what the preview costs after a keystroke in a 500-touchpoint map. The language
// server rebuilds the model and gaps while it validates the edit (the preview only asks for them),
// so the update is the keystroke plus the drawing.
import { bench, describe } from 'vitest';
import { analyseGaps } from '../src/model/analyse-gaps.js';
import { buildWorkspaceModel } from '../src/model/build-model.js';
import { renderSvg } from '../src/render/render-svg.js';
import { openForEditing } from './editing-session.js';
import { declarationsFile, journeyFile } from './scale/synthetic-workspace.mjs';

const session = await openForEditing({ 'people.journey': declarationsFile(), 'map.journey': journeyFile(0, 500) });
const analysis = session.services.Journey.gaps.Analysis;
const documents = [...session.documents.values()];
let edit = 0;

describe('preview after an edit (500 touchpoints)', () => {
    bench('keystroke, then the model and gaps, then the map drawn (all of it)', async () => {
        await session.edit('map.journey', /"Step 3 of journey 0[^"]*"/, `"Step 3 of journey 0, edit ${edit++}"`);
        renderSvg(analysis.getModel(), analysis.getGaps());
    });

    bench('the model and gaps built again from the edited map, and the map drawn (the preview\'s own share)', () => {
        const model = buildWorkspaceModel(documents);
        renderSvg(model, analyseGaps(model));
    });

    bench('the map drawn alone', () => {
        renderSvg(analysis.getModel(), analysis.getGaps());
    });
});
