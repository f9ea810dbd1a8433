package io.claimbase.extract.position;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.Attribution;
import io.claimbase.extract.ExtractedClaim;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contrasts on the annotated claims of the gold set, per topic, printed for a reader to judge
 * ({@code ./mvnw -B -q test -Dtest=ContrastEvaluationTest}). The assertions hold two judgements written down from
 * reading the texts: Taussig's "growing cooperation" against Baev's "steady path of deterioration" is a contrast, and
 * North Korea–China trade growing is no contrast to China–Russia trade falling.
 */
class ContrastEvaluationTest {

    private static final DirectionReader READER =
            new DirectionReader(QuestionLoader.loadDirections(Path.of("seeds/domain")));
    private static final List<GoldArticle> GOLD = GoldArticle.all(Path.of("src/test/resources/gold"), Path.of("seeds"));

    private record Found(String up, String down) {}

    private static List<Found> contrasts(String topic) {
        List<Contrasts.Candidate> candidates = new ArrayList<>();
        Map<Long, String> texts = new HashMap<>();
        long id = 0;
        for (GoldArticle article : GOLD) {
            for (ExtractedClaim c : article.claims()) {
                long claimId = ++id;
                boolean onTopic = c.topics().stream().anyMatch(t -> t.equals(topic) || t.startsWith(topic + "."));
                if (!onTopic || c.attribution().type() != Attribution.Type.AUTHOR) {
                    continue;
                }
                READER.read(c.text()).ifPresent(reading -> {
                    texts.put(claimId, article.name() + ": " + c.text());
                    candidates.add(new Contrasts.Candidate(
                            claimId,
                            article.name(),
                            c.actors(),
                            c.time() == null ? null : c.time().start(),
                            c.time() == null ? null : c.time().end(),
                            reading));
                });
            }
        }
        return Contrasts.pairs(candidates).stream()
                .map(p -> new Found(
                        texts.get(p.up().claimId()), texts.get(p.down().claimId())))
                .toList();
    }

    @Test
    void contrastsOnTheGoldSet() {
        int total = 0;
        for (String topic : List.of("trade", "geopolitics", "energy", "finance", "military", "diplomacy")) {
            List<Found> found = contrasts(topic);
            total += found.size();
            System.out.println("== " + topic + ": " + found.size() + " pairs");
            found.forEach(f -> System.out.println("  UP   " + f.up() + "\n  DOWN " + f.down()));
        }
        System.out.println("contrasting pairs on the gold claims: " + total);

        List<Found> relations = contrasts("geopolitics");
        assertTrue(
                relations.stream()
                        .anyMatch(f -> f.up().contains("growing cooperation in political")
                                && f.down().contains("steady path of deterioration")),
                "Taussig vs Baev is a contrast");
        assertFalse(
                contrasts("trade").stream().anyMatch(f -> f.up().contains("North Korean")),
                "North Korea–China trade is not China–Russia trade");
    }
}
