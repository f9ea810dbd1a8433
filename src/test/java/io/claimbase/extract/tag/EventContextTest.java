package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.DomainModel;
import io.claimbase.extract.LinearModel;
import io.claimbase.extract.tag.Tagger.EventEvidence;
import io.claimbase.extract.text.Tokens;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The structure features of an event word ({@link EventFeatures#structure}) and the article context the event reader
 * adds ({@link EventReader}), on sentences of our own.
 */
class EventContextTest {

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

    private static EventEvidence evidence(String cue, String... features) {
        return new EventEvidence(cue, cue == null ? Set.of() : Set.of(cue), List.of(features));
    }

    @Test
    void theContextNamesTheNeighboursTheArticlesEventsAndTheTitles() {
        List<EventReader.Claim> claims = List.of(
                new EventReader.Claim(evidence("summit", "w:summit"), 0, "fact", null),
                new EventReader.Claim(evidence(null, "w:leaders"), 0, "assessment", null),
                new EventReader.Claim(evidence("summit", "w:summit"), 50, "fact", null));
        List<List<String>> features = new EventReader(null).features(claims, evidence("deal", "w:deal"));
        List<String> middle = features.get(1);
        assertTrue(
                middle.containsAll(List.of(
                        "w:leaders",
                        "pev:summit",
                        "nev:summit",
                        "para",
                        "pin:summit",
                        "art:summit",
                        "title:deal",
                        "kind:assessment")),
                middle::toString);
        assertTrue(features.get(0).containsAll(List.of("first", "art:summit")), features.get(0)::toString);
        List<String> last = features.get(2);
        assertTrue(last.containsAll(List.of("pev:none", "same:art")), last::toString);
        assertFalse(last.contains("para") || last.contains("pin:summit"), last::toString);
    }

    /** "pev:summit" speaks for a summit; "w:rumoured" against any event. */
    private static final String MODEL = """
            threshold\tveto\t0.7
            threshold\tchoose\t1
            threshold\tadd\t0.8
            bias\tnone\t0
            bias\tsummit\t-3
            pev:summit\tnone\t-6
            pev:summit\tsummit\t6
            w:rumoured\tnone\t5
            """;

    @Test
    void theReaderAddsAnEventTheContextSpeaksForAndVetoesOneItSpeaksAgainst() {
        LinearModel model = LinearModel.parse(
                "toy.tsv", MODEL.lines().toList(), Set.of("none", "summit"), DomainModel.EVENT_MODEL_THRESHOLDS);
        List<EventReader.Claim> claims = List.of(
                new EventReader.Claim(evidence("summit", "w:summit", "w:rumoured"), 0, "fact", null),
                new EventReader.Claim(evidence(null, "w:talks"), 0, "fact", null),
                new EventReader.Claim(evidence(null, "w:weather"), 9, "fact", null));
        List<String> events = new EventReader(model).read(claims, null);
        assertEquals(java.util.Arrays.asList(null, "summit", null), events);
    }
}
