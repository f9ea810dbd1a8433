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
}
