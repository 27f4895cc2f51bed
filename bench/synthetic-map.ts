/** A large, valid map for benchmarks: `stages` × `touchpoints` steps, each fully described. */
export function syntheticMap(stages: number, touchpointsPerStage: number): string {
    const lines = [
        'persona P "Persona"',
        'stakeholder Owner "Owner" influence high',
        'channel Web "Web"',
        'channel Phone "Phone"',
        'journey Big "A large journey" {',
        '    persona P',
        '    outcome "Done"',
    ];
    for (let s = 0; s < stages; s++) {
        lines.push(`    stage S${s} "Stage ${s}" {`);
        for (let t = 0; t < touchpointsPerStage; t++) {
            lines.push(
                `        touchpoint T${s}_${t} "Step ${t} of stage ${s}" {`,
                `            channel ${t % 2 ? 'Web' : 'Phone'}  owner Owner  emotion ${1 + ((s + t) % 5)} fine`,
                `            pain "Pain ${t}"  need "Need ${t}"`,
                `            metric M actual ${t}% target 10%`,
                '        }',
            );
        }
        lines.push('    }');
    }
    lines.push(`    improvement I "Fix it" { addresses T0_0 owner Owner priority P1 }`, '}');
    return lines.join('\n');
}
