import { afterEach, describe, expect, test } from 'vitest';
import { isJourney, isStakeholder } from '../../src/language/generated/ast.js';
import { messages, resetWorkspace, validate } from './journey-test-services.js';

afterEach(resetWorkspace);

describe('names and text in any script', () => {
    test('Greek names and text', async () => {
        const result = await validate(`
            persona Μαρία "Υπάλληλος γραφείου" { goal "Να επιστρέψει στη δουλειά" }
            stakeholder ΓραφείοΕξυπηρέτησης "Υπεύθυνος γραφείου εξυπηρέτησης" influence high
            channel Τηλέφωνο "Τηλέφωνο υποστήριξης"
            journey Επαναφορά "Επαναφορά κωδικού" {
                persona Μαρία
                stage Σύνδεση "Δεν μπορεί να συνδεθεί" {
                    touchpoint Κλήση "Καλεί το γραφείο" {
                        channel Τηλέφωνο owner ΓραφείοΕξυπηρέτησης emotion 1 απογοητευμένη
                    }
                }
                improvement Επανάκληση { addresses Κλήση owner ΓραφείοΕξυπηρέτησης priority P1 }
            }`);
        expect(result.diagnostics).toEqual([]);
        const journey = result.document.parseResult.value.elements.find(isJourney)!;
        const call = journey.stages[0].touchpoints[0];
        expect(call.name).toBe('Κλήση');
        expect(call.emotion?.feeling).toBe('απογοητευμένη');
        expect(call.owner?.ref?.title).toBe('Υπεύθυνος γραφείου εξυπηρέτησης');
        expect(journey.improvements[0].addresses[0].ref).toBe(call);
    });

    test('Danish and Spanish names with diacritics', async () => {
        const result = await validate(`
            stakeholder Servicedesk_Kø "Kø-ansvarlig" influence medium
            channel Teléfono
            journey Nulstilling { stage Søg { touchpoint Ringer_Kø2 { owner Servicedesk_Kø channel Teléfono emotion 2 "træt og irriteret" } } }`);
        expect(result.diagnostics).toEqual([]);
        const model = result.document.parseResult.value;
        expect(model.elements.find(isStakeholder)!.name).toBe('Servicedesk_Kø');
    });

    test('combining marks, Cyrillic and CJK', async () => {
        const result = await validate(`
            persona Ана "Сотрудник"
            channel 電話 "電話窓口"
            stakeholder नमस्ते
            journey Путь { persona Ана stage 段階 { touchpoint 接点 { channel 電話 owner नमस्ते } } }`);
        expect(result.diagnostics).toEqual([]);
    });

    test('a misspelt Greek name gets a Greek suggestion', async () => {
        const result = await validate(`
            stakeholder ΓραφείοΕξυπηρέτησης
            journey Ε { stage Σ { touchpoint Τ { owner ΓραφείοΕξυπηρετησης } } }`);
        expect(messages(result.diagnostics)).toEqual([
            "No stakeholder named 'ΓραφείοΕξυπηρετησης'. Did you mean 'ΓραφείοΕξυπηρέτησης'?",
        ]);
    });

    test('a name typed with a combining accent is the same name as its precomposed form (NFC)', async () => {
        const result = await validate(`channel Tel\u00e9fono\njourney J { stage S { touchpoint T { channel Tele\u0301fono } } }`);
        expect(result.diagnostics).toEqual([]);
        const touchpoint = result.document.parseResult.value.elements.find(isJourney)!.stages[0].touchpoints[0];
        expect(touchpoint.channel?.ref?.name).toBe('Tel\u00e9fono');
    });

    test('diagnostic ranges point at the right characters after non-Latin text', async () => {
        const result = await validate(`journey Ταξίδι { stage Στάδιο { touchpoint Σημείο { emotion 9 } } }`);
        const [diagnostic] = result.diagnostics;
        expect(result.document.textDocument.getText(diagnostic.range)).toBe('9');
    });
});
