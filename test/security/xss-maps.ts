import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload } from './xss-payloads.js';

/** The text as a .journey string literal: the language's escapes for \, " and line breaks. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
}

/**
 * A map with `text` in every text field the language has: the titles, descriptions, goals,
 * segment and needs of the people, the journey's outcome, every touchpoint field, the feeling
 * of an emotion, a metric's title and unit, the three lanes, an improvement, questions and
 * answers, a gives-up reason, and an ideal journey's titles. `id` keeps the names of one map
 * apart from another's in a shared workspace.
 */
export function mapWith(text: string, id: number | string): string {
    const s = quote(text);
    return `// ${text.replace(/[\r\n]/g, ' ')}
persona Person${id} ${s} { description ${s} goal ${s} segment ${s} need ${s} }
stakeholder D${id} ${s} { description ${s} }
channel C${id} ${s} { description ${s} }
journey J${id} ${s} {
  persona Person${id}
  outcome ${s}
  description ${s}
  metric Satisfaction ${s} actual 3 ${s} target 4 ${s}
  stage Seek ${s} {
    description ${s}
    metric Wait ${s} actual 5 ${s} target <= 2 ${s}
    touchpoint Call ${s} {
      channel C${id} owner D${id} emotion 2 ${s}
      description ${s}
      need ${s} perception ${s} success ${s} pain ${s}
      moment of truth
      evidence observed
      frontstage ${s} by D${id}
      backstage ${s} by D${id}
      support ${s}
      metric Abandonment ${s} actual 38% target 10%
      question ${s} { answer ${s} owner D${id} }
    }
    touchpoint Wait ${s} { channel C${id} owner D${id} emotion 1 ${s} gives up ${s} }
    question ${s} { answer ${s} about Call }
  }
  improvement Callback ${s} { addresses Call owner D${id} priority P1 status planned description ${s} }
  question ${s} { answer ${s} }
}
ideal journey JI${id} ${s} improves J${id} {
  persona Person${id}
  outcome ${s}
  stage Seek ${s} {
    touchpoint Call ${s} { channel C${id} owner D${id} emotion 5 ${s} reaches outcome }
  }
}
`;
}

/** A folder with one map per payload (`xss-<id>.journey`), or `benign` text in their place (a diff's base). */
export function payloadWorkspace(payloads: Payload[], benign = false): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), benign ? 'journey-xss-base-' : 'journey-xss-'));
    for (const payload of payloads) {
        fs.writeFileSync(path.join(folder, `xss-${payload.id}.journey`), mapWith(benign ? `Before ${payload.id}` : payload.text, payload.id));
    }
    return folder;
}
