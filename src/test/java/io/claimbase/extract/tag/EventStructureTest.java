package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.text.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The structure features of an event word ({@link EventFeatures#structure}), on sentences of our own.
 */
class EventStructureTest {

    private static List<String> structure(String sentence, String eventWord) {
        Tokens atoms = Tokens.of(sentence);
        int at = -1;
        for (int i = 0; i < atoms.size() && at < 0; i++) {
            at = atoms.word(i).equals(eventWord) ? i : -1;
        }
        return EventFeatures.structure(sentence, atoms, at);
    }

    @Test
    void anEventAfterATimeAnchorOrAConditionSitsInABackdropClause() {
        assertTrue(structure("Ever since the regatta off Malta, the two fleets have traded visits.", "regatta")
                .contains("sub:since"));
        assertTrue(structure("The harbour was quiet after the flotilla left port.", "flotilla")
                .contains("sub:after"));
        assertTrue(structure("Officials say they would sign the charter only under pressure.", "charter")
                .contains("sub:would"));
    }

    @Test
    void aSubordinatingWordInAnotherClauseDoesNotCount() {
        List<String> features = structure("If it rains, the cabinets will ratify the charter on Friday.", "charter");
        assertTrue(features.stream().noneMatch(f -> f.startsWith("sub:")), features::toString);
    }

    @Test
    void anEventOpeningItsClauseIsMarkedAsLeading() {
        assertTrue(structure("The regatta revealed how far the navies had drifted apart.", "regatta")
                .contains("lead"));
        assertFalse(structure("Both navies staged a long and costly regatta near the islands.", "regatta")
                .contains("lead"));
    }

    @Test
    void theTenseIsThatOfTheEventsClauseOrOfTheSentence() {
        assertTrue(structure("The two cabinets will ratify the charter in the spring.", "charter")
                .contains("tense:future"));
        assertTrue(structure("In March, both cabinets ratified the charter.", "charter")
                .contains("tense:past"));
        assertEquals(List.of("tense:past"), structure("Grain prices climbed sharply.", "none"));
    }

    @Test
    void aNegationOrAModalBeforeTheEventInItsClauseIsRead() {
        assertTrue(structure("Lisbon has never ratified the charter with Rabat.", "charter")
                .contains("neg"));
        assertTrue(structure("Oslo hasn't joined the regatta this year.", "regatta")
                .contains("neg"));
        assertTrue(structure("Both cabinets are expected to ratify the charter soon.", "charter")
                .contains("mod:expected"));
        List<String> features = structure("Although nobody would say so, the fleets held a regatta.", "regatta");
        assertFalse(features.contains("neg"), features::toString);
    }

    @Test
    void theEventInsideAPrepositionalPhraseAndItsClauseAreRead() {
        assertTrue(structure("Reporters asked about the regatta near Malta.", "regatta")
                .contains("pp:about"));
        assertTrue(structure("The regatta ended early.", "regatta").contains("clause:first"));
        assertTrue(structure("Prices fell, and the two navies staged a regatta.", "regatta")
                .contains("clause:later"));
    }

    @Test
    void theWordAfterTheEventSaysWhetherItIsASubject() {
        assertTrue(structure("The regatta was a success for both navies.", "regatta")
                .contains("next:aux"));
        assertTrue(structure("Both navies joined the regatta.", "regatta").contains("next:end"));
        assertTrue(
                structure("The charter did not survive the winter.", "charter").contains("negafter"));
    }

    @Test
    void aSentenceWithoutAnEventWordKeepsItsNegationAndModals() {
        List<String> features = structure("Neither side will disclose the price.", "none");
        assertTrue(features.contains("sneg") && features.contains("smod:will"), features::toString);
    }

    @Test
    void theCueThatChoseTheEventIsToldByItsLengthAndFirstWord() {
        Tagger tagger = new Tagger(io.claimbase.extract.SeedDomain.get());
        List<String> single =
                tagger.eventEvidence("Oslo expelled two attachés on Monday.").features();
        assertTrue(single.contains("cuelen:1") && single.contains("cuefirst:expelled"), single::toString);
        List<String> longer = tagger.eventEvidence("The two ports signed a memorandum of understanding.")
                .features();
        assertTrue(longer.contains("cuelen:3") && longer.contains("cuefirst:signed"), longer::toString);
        List<String> none =
                tagger.eventEvidence("The harbour was quiet all week.").features();
        assertTrue(none.stream().noneMatch(f -> f.startsWith("cue") && !f.equals("cue:none")), none::toString);
    }
}
