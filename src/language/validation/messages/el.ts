import type { LanguageMessageKey } from './en.js';

// Greek. The .journey keywords in quotes ('improves', 'repeats', 'actual') stay as written in a map.
export const el: Record<LanguageMessageKey, string> = {
    'kind.persona': 'περσόνα',
    'kind.stakeholder': 'ενδιαφερόμενο μέρος',
    'kind.channel': 'κανάλι',
    'kind.journey': 'διαδρομή',
    'kind.stage': 'φάση',
    'kind.touchpoint': 'σημείο επαφής',
    'kind.improvement': 'βελτίωση',
    'kind.question': 'ερώτημα',
    'kind.metric': 'μετρική',

    'unresolved.message': "Δεν υπάρχει {kind} με το όνομα '{name}'{where}.",
    'unresolved.where-journey': " στη διαδρομή '{journey}'",
    'unresolved.did-you-mean': " Μήπως εννοείτε '{suggestion}';",
    'unresolved.none-declared': ' Δεν έχει δηλωθεί ακόμη κανένα στοιχείο του τύπου «{kind}».',
    'unresolved.none-declared-journey': ' Δεν έχει δηλωθεί ακόμη κανένα στοιχείο του τύπου «{kind}» σε αυτή τη διαδρομή.',
    'unresolved.no-other-declared': ' Δεν έχει δηλωθεί ακόμη άλλο στοιχείο του τύπου «{kind}».',
    'unresolved.no-other-declared-journey': ' Δεν έχει δηλωθεί ακόμη άλλο στοιχείο του τύπου «{kind}» σε αυτή τη διαδρομή.',
    'unresolved.known': ' Δηλωμένα ονόματα ({kind}): {names}.',

    'duplicate-name.workspace': "Υπάρχουν περισσότερα από ένα στοιχεία του τύπου «{kind}» με το όνομα '{name}' (επίσης στο {places}). Μετονομάστε ένα από αυτά.",
    'duplicate-name.place-line': '{file} γραμμή {line}',
    'duplicate-name.also-declared': 'Δηλώνεται επίσης εδώ',
    'duplicate-name.local': "Υπάρχει ήδη στοιχείο του τύπου «{kindWithArticle}» με το όνομα '{name}' {where} (γραμμή {line}). Μετονομάστε ένα από τα δύο.",
    'duplicate-name.in-journey': "στη διαδρομή '{name}'",
    'duplicate-name.on-journey': "στη διαδρομή '{name}'",
    'duplicate-name.on-stage': "στη φάση '{name}'",
    'duplicate-name.on-touchpoint': "στο σημείο επαφής '{name}'",
    'duplicate-name.first-declared': 'Πρώτη δήλωση εδώ',

    'duplicate-field.subject-named': "Το στοιχείο «{kind}» '{name}'",
    'duplicate-field.subject-unnamed': 'Αυτό το στοιχείο «{kind}»',
    'duplicate-field.message': '{subject} έχει ήδη το πεδίο {field} (γραμμή {line}). Κρατήστε ένα: χρησιμοποιείται μόνο ένα.',

    'emotion-range.message': 'Το συναίσθημα {score} δεν είναι στην κλίμακα. Γράψτε έναν ακέραιο από 1 (πολύ αρνητικό) έως 5 (πολύ θετικό)· το 3 είναι ουδέτερο.',
    'feeling-word.message': "Το '{text}' δεν είναι βαθμός συναισθήματος. Γράψτε έναν ακέραιο από 1 έως 5, μετά ένα κενό και το συναίσθημα, για παράδειγμα 'emotion 2 {feeling}'.",
    'field-word.feeling': "Το '{word}' διαβάζεται ως η περιγραφή αυτού του συναισθήματος. Μήπως εννοείτε το πεδίο '{field}'; Αν είναι η περιγραφή, βάλτε το σε εισαγωγικά: \"{word}\".",
    'field-word.unit': "Το '{word}' διαβάζεται ως η μονάδα αυτής της τιμής. Μήπως εννοείτε '{field}'; Αν είναι η μονάδα, βάλτε το σε εισαγωγικά: \"{word}\".",

    'ideal-link.improves-on-actual': "Μόνο μια ιδανική διαδρομή μπορεί να βελτιώνει άλλη διαδρομή. Γράψτε 'ideal journey {journey} … improves {target}'.",
    'ideal-link.without-actual': "Η ιδανική διαδρομή '{journey}' δεν λέει ποια πραγματική διαδρομή βελτιώνει. Προσθέστε 'improves <journey>' μετά τον τίτλο της, ώστε να μπορούν να συγκριθούν.",
    'ideal-link.improves-itself': "Η ιδανική διαδρομή '{journey}' βελτιώνει τον εαυτό της. Μια ιδανική διαδρομή βελτιώνει μια πραγματική (τρέχουσα) διαδρομή.",
    'ideal-link.improves-ideal': "Η ιδανική διαδρομή '{journey}' βελτιώνει την '{target}', που είναι επίσης ιδανική διαδρομή. Μια ιδανική διαδρομή βελτιώνει μια πραγματική (τρέχουσα) διαδρομή.",

    'metric.too-large': 'Αυτός ο αριθμός είναι πολύ μεγάλος για να συγκριθεί με οτιδήποτε. Γράψτε τον με λιγότερα ψηφία.',
    'metric.without-value': "Η μετρική '{metric}' δεν έχει τιμή. Προσθέστε 'actual <value>' ή/και 'target <value>', για παράδειγμα 'metric {metric} actual 38% target 10%'.",

    'repeats.itself': "Το σημείο επαφής '{touchpoint}' δεν μπορεί να επαναλαμβάνει τον εαυτό του. Ονομάστε το προηγούμενο βήμα που κάνει ξανά ο πελάτης.",
    'repeats.later': "Το σημείο επαφής '{touchpoint}' επαναλαμβάνει το '{repeated}', που έρχεται αργότερα. Το 'repeats' ονομάζει ένα προηγούμενο βήμα που κάνει ξανά ο πελάτης.",

    'language.unknown': "Το '{language}' δεν είναι γλώσσα που μιλά το εργαλείο: {known}. Η διαδρομή εμφανίζεται στη γλώσσα του χώρου εργασίας.",
    'language.unknown-meant': "Το '{language}' δεν είναι γλώσσα που μιλά το εργαλείο: {known}. Μήπως εννοείτε '{meant}'; Η διαδρομή εμφανίζεται στη γλώσσα του χώρου εργασίας.",
};
