package io.claimbase.extract.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of claims that move the same subject in opposite directions: from different authors, about the same actors
 * (one shared, two when both name two or more), about overlapping periods (when both have one; an undated claim pairs with any period).
 * The caller has already narrowed the claims to one topic.
 */
public final class Contrasts {

    /**
     * A claim as the pairing needs it.
     *
     * @param author who asserts it (an author id, or the article for an unknown author)
     * @param start  first day of the period it speaks about, or null when undated
     */
    public record Candidate(
            long claimId,
            String author,
            List<String> actors,
            LocalDate start,
            LocalDate end,
            DirectionReader.Reading reading) {}

    /** One contrast: the claim that says up, the claim that says down, and whether both periods were known. */
    public record Pair(Candidate up, Candidate down, boolean dated) {}

    private Contrasts() {}

    /** Dated pairs first, then by claim ids. */
    public static List<Pair> pairs(List<Candidate> candidates) {
        List<Candidate> ups = candidates.stream()
                .filter(c -> c.reading().direction() == Direction.UP)
                .toList();
        List<Candidate> downs = candidates.stream()
                .filter(c -> c.reading().direction() == Direction.DOWN)
                .toList();
        List<Pair> pairs = new ArrayList<>();
        for (Candidate up : ups) {
            for (Candidate down : downs) {
                if (!up.author().equals(down.author())
                        && up.reading().subject().equals(down.reading().subject())
                        && shareActor(up, down)
                        && overlap(up, down)) {
                    pairs.add(new Pair(up, down, up.start() != null && down.start() != null));
                }
            }
        }
        pairs.sort((a, b) -> a.dated() != b.dated()
                ? (a.dated() ? -1 : 1)
                : a.up().claimId() != b.up().claimId()
                        ? Long.compare(a.up().claimId(), b.up().claimId())
                        : Long.compare(a.down().claimId(), b.down().claimId()));
        return pairs;
    }

    /** Same actors: one shared, or two when both name two or more (China–Russia trade is not China–Korea trade). */
    private static boolean shareActor(Candidate a, Candidate b) {
        if (a.actors().isEmpty() || b.actors().isEmpty()) {
            return true;
        }
        long shared =
                a.actors().stream().distinct().filter(b.actors()::contains).count();
        return shared >= Math.min(2, Math.min(a.actors().size(), b.actors().size()));
    }

    private static boolean overlap(Candidate a, Candidate b) {
        if (a.start() == null || b.start() == null) {
            return true;
        }
        return !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
    }
}
