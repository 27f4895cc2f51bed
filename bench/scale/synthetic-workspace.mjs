// A team's repository of journeys, for the scale benchmarks: one shared declarations file and
// `files` journey files of `touchpointsPerFile` touchpoints each. Every tenth journey has an
// ideal counterpart in its own file, so the cross-file gap rules have work to do. Touchpoints
// vary the way real ones do: most have an owner and an emotion, some a pain, a metric or a
// blueprint lane, a few give up or are moments of truth.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CHANNELS = ['Web', 'Phone', 'Email', 'Chat', 'Store'];
const OWNERS = ['ServiceDesk', 'Identity', 'Billing', 'Field'];

/** The shared declarations: personas, stakeholders, channels. */
export function declarationsFile() {
    return [
        'persona Employee "Employee" { goal "Get back to work" need "A quick answer" }',
        'persona Customer "Customer" { goal "Use the service" }',
        ...OWNERS.map(o => `stakeholder ${o} "${o} team" influence high interest medium`),
        ...CHANNELS.map(c => `channel ${c} "${c}"`),
        '',
    ].join('\n');
}

/** One journey file of `touchpoints` touchpoints in stages of ten. */
export function journeyFile(index, touchpoints, { ideal = false } = {}) {
    const name = `${ideal ? 'Ideal' : 'Journey'}${index}`;
    const lines = [
        ideal ? `ideal journey ${name} "Journey ${index}, as it should be" improves Journey${index} {` : `journey ${name} "Journey ${index}" {`,
        `    persona ${index % 3 ? 'Employee' : 'Customer'}`,
        `    outcome "Outcome ${index}"`,
    ];
    const stages = Math.ceil(touchpoints / 10);
    let t = 0;
    for (let s = 0; s < stages; s++) {
        lines.push(`    stage S${s} "Stage ${s + 1}" {`);
        for (let k = 0; k < 10 && t < touchpoints; k++, t++) {
            const n = t * 7 + index;
            lines.push(`        touchpoint T${t} "Step ${t + 1} of journey ${index}" {`);
            lines.push(`            channel ${CHANNELS[(s + index + (k % 4 === 3 ? 1 : 0)) % CHANNELS.length]}${n % 9 ? `  owner ${OWNERS[n % OWNERS.length]}` : ''}  emotion ${1 + (n % 5)}${n % 4 ? '' : ' anxious'}`);
            if (!ideal && n % 3 === 0) lines.push(`            pain "It takes too long at step ${t + 1}"`);
            if (n % 5 === 0) lines.push(`            need "Know what happens next"`);
            if (n % 6 === 0) lines.push(`            metric Wait actual ${n % 40} min target 10 min`);
            if (n % 8 === 0) lines.push(`            backstage "Team checks the request" by ${OWNERS[(n + 1) % OWNERS.length]}`);
            if (!ideal && n % 23 === 0) lines.push('            gives up "No answer after three days"');
            if (n % 17 === 0) lines.push('            moment of truth');
            lines.push('        }');
        }
        lines.push('    }');
    }
    if (!ideal) lines.push(`    improvement Fix${index} "Answer faster" { addresses T0 owner ServiceDesk priority P2 }`);
    lines.push('}', '');
    return lines.join('\n');
}

/** The workspace's files, by relative path. */
export function syntheticWorkspace(files, touchpointsPerFile) {
    const result = new Map([['people.journey', declarationsFile()]]);
    for (let i = 0; i < files; i++) {
        // Every tenth file is the ideal of the one before it, so `files` journeys in all.
        const ideal = i % 10 === 9;
        result.set(`maps/journey-${String(i).padStart(4, '0')}.journey`, journeyFile(ideal ? i - 1 : i, touchpointsPerFile, { ideal }));
    }
    return result;
}

/** Writes the workspace into `folder` (emptied first) and returns the file paths. */
export function writeSyntheticWorkspace(folder, files, touchpointsPerFile) {
    rmSync(folder, { recursive: true, force: true });
    const paths = [];
    for (const [relative, text] of syntheticWorkspace(files, touchpointsPerFile)) {
        const file = path.join(folder, relative);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
        paths.push(file);
    }
    return paths;
}

// `node bench/scale/synthetic-workspace.mjs <folder> <files> <touchpoints per file>` writes one,
// for profiling by hand: `node --cpu-prof bin/journey.cjs check <folder>`.
// (By the script's own name: a bundle that imports this module has the bundle's import.meta.url.)
if (process.argv[1] && path.basename(process.argv[1]) === 'synthetic-workspace.mjs') {
    const [folder, files, perFile] = process.argv.slice(2);
    if (!folder || !Number(files) || !Number(perFile)) {
        console.error('usage: node bench/scale/synthetic-workspace.mjs <folder> <files> <touchpoints per file>');
        process.exit(2);
    }
    const written = writeSyntheticWorkspace(folder, Number(files), Number(perFile));
    console.log(`${written.length} files written to ${folder}`);
}
