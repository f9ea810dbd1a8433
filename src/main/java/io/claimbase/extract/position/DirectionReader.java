package io.claimbase.extract.position;

import io.claimbase.extract.text.PhraseMatcher;
import io.claimbase.extract.text.PhraseMatcher.Match;
import io.claimbase.extract.text.PhraseMatcher.Options;
import io.claimbase.extract.text.Tokens;
import java.util.List;
import java.util.Optional;

/**
 * Reads which way a sentence says something moves: UP or DOWN when it has direction words of one way only, outside
 * negations ("did not fall"), hypotheticals ("would grow") and ignored phrases ("up to", "set up"), and a subject near one of them ("trade went
 * sharply down"); nothing when it has no direction, both, or no subject.
 */
public final class DirectionReader {

    /** Bumped when the reading changes, so that readings stored by the service are read again. */
    public static final int VERSION = 1;

    /** The direction, the words that said it (as written) and the subject that moves (a subject name). */
    public record Reading(Direction direction, String cue, String subject) {}

    private enum Word {
        UP,
        DOWN,
        IGNORED
    }

    private final PhraseMatcher<Word> words = new PhraseMatcher<>(Options.clauses());
    private final PhraseMatcher<String> subjects = new PhraseMatcher<>(Options.clauses());
    private final int reach;
    private final PhraseMatcher<Boolean> negators = new PhraseMatcher<>(Options.clauses());
    private final Clause clause;

    public DirectionReader(DirectionWords data) {
        words.addAll(data.up(), Word.UP).addAll(data.down(), Word.DOWN).addAll(data.ignore(), Word.IGNORED);
        negators.addAll(data.negation().words(), true).addAll(data.hypothetical(), true);
        clause = new Clause(data.negation());
        data.subjects().forEach((name, phrases) -> subjects.addAll(phrases, name));
        reach = data.subjectReach();
    }

    public Optional<Reading> read(String text) {
        Tokens tokens = Tokens.of(text).clauses();
        List<Match<Boolean>> negations = negators.all(tokens);
        List<Match<Word>> matches = words.longest(tokens);
        List<Match<Word>> ignored =
                matches.stream().filter(m -> m.value() == Word.IGNORED).toList();
        List<Match<String>> named = subjects.longest(tokens).stream()
                .filter(s -> ignored.stream().noneMatch(s::overlaps))
                .toList();
        Direction found = null;
        Reading reading = null;
        for (Match<Word> m : matches) {
            if (m.value() == Word.IGNORED || clause.markerBefore(tokens, m.start(), negations, true) >= 0) {
                continue;
            }
            Direction d = m.value() == Word.UP ? Direction.UP : Direction.DOWN;
            if (found != null && found != d) {
                return Optional.empty();
            }
            found = d;
            if (reading == null) {
                Optional<String> subject = nearest(named, m);
                if (subject.isPresent()) {
                    reading = new Reading(
                            d, text.substring(tokens.start(m.start()), tokens.end(m.end() - 1)), subject.get());
                }
            }
        }
        return Optional.ofNullable(reading);
    }

    /** The subject closest to a direction word, within reach. */
    private Optional<String> nearest(List<Match<String>> named, Match<Word> m) {
        return named.stream()
                .filter(s -> distance(s, m) <= reach)
                .min(java.util.Comparator.comparingInt(s -> distance(s, m)))
                .map(Match::value);
    }

    private static int distance(Match<?> a, Match<?> b) {
        return a.end() <= b.start() ? b.start() - a.end() : b.end() <= a.start() ? a.start() - b.end() : 0;
    }
}
