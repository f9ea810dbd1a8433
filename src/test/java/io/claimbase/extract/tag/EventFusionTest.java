package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.DomainModel;
import io.claimbase.extract.LinearModel;
import io.claimbase.extract.SeedDomain;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fusion of the event cues with a learned model, on a hand-written model and sentences of our own: a veto, an
 * addition, a choice between two cue events, and the cues untouched where the model is unsure.
 */
class EventFusionTest {

    /** "rumoured" speaks for no event; "formation" and "reviewed" for an exercise; "purchase" for an arms sale. */
    private static final String MODEL = """
            # a toy model for the rules
            threshold\tveto\t0.7
            threshold\tchoose\t0.6
            threshold\tadd\t0.8
            bias\tnone\t-3
            bias\texercise\t-3
            bias\tarms-sale\t-3
            w:rumoured\tnone\t5
            w:formation\texercise\t5
            w:purchase\tarms-sale\t6
            """;

    private static final Set<String> CLASSES = Set.of("none", "exercise", "arms-sale", "deal");

    private static final DomainModel CUES_ONLY = SeedDomain.get().withEventModel(null);
    private static final Tagger CUES = new Tagger(CUES_ONLY);
    private static final Tagger FUSED = new Tagger(CUES_ONLY.withEventModel(
            LinearModel.parse("toy.tsv", MODEL.lines().toList(), CLASSES, DomainModel.EVENT_MODEL_THRESHOLDS)));

    private static String event(Tagger tagger, String sentence) {
        return tagger.tag(sentence, 0, null).eventType();
    }

    @Test
    void aConfidentNoEventVetoesTheCuesEvent() {
        String sentence = "The two navies held a rumoured joint exercise that nobody has seen.";
        assertEquals("exercise", event(CUES, sentence));
        assertNull(event(FUSED, sentence));
    }

    @Test
    void aConfidentEventIsAddedWhereNoCueFired() {
        String sentence = "Twelve frigates sailed in close formation off the southern coast.";
        assertNull(event(CUES, sentence));
        assertEquals("exercise", event(FUSED, sentence));
        assertTrue(FUSED.tag(sentence, 0, null).topics().contains("military.exercises"));
    }

    @Test
    void theModelChoosesBetweenTwoCueEvents() {
        String sentence = "The purchase of fighter jets was signed as a deal during the joint exercise.";
        Tagger.EventEvidence evidence = CUES.eventEvidence(sentence);
        assertTrue(evidence.candidates().size() > 1 && evidence.candidates().contains("arms-sale"), evidence::toString);
        assertEquals("arms-sale", event(FUSED, sentence));
    }

    @Test
    void anUnsureModelLeavesTheCuesAlone() {
        String cue = "The two navies held a joint exercise in the northern sea.";
        String none = "Prices of grain rose sharply last year.";
        assertEquals(event(CUES, cue), event(FUSED, cue));
        assertNull(event(FUSED, none));
    }

    @Test
    void theModelReadsTheCueEventOfTheClaimBefore() {
        String terms = "Under it, grain deliveries double by 2030.";
        assertTrue(CUES.eventEvidence(terms, "deal").features().containsAll(List.of("prev:deal", "carry:deal")));
        assertTrue(CUES.eventEvidence(terms).features().contains("prev:none"));
        List<String> ownCue =
                CUES.eventEvidence("They held 3 joint drills.", "summit").features();
        assertTrue(ownCue.contains("prev:summit") && ownCue.stream().noneMatch(f -> f.startsWith("carry:")));
    }

    @Test
    void theFeaturesAreTheWordsPairsAndCueReadings() {
        List<String> features = CUES.eventEvidence("They held 3 joint drills.").features();
        assertTrue(
                features.containsAll(List.of(
                        "w:held", "w:<num>", "b:joint drills", "cue:exercise", "cand:exercise", "seen:exercise")),
                features::toString);
    }
}
