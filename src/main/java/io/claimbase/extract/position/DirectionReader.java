package io.claimbase.extract.position;

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

    private final PhraseSet<Word> words = new PhraseSet<>();
    private final PhraseSet<String> subjects = new PhraseSet<>();
    private final int reach;
    private final PhraseSet<Boolean> negators = new PhraseSet<>();
    private final Clause clause;

    public DirectionReader(DirectionWords data) {
        words.addAll(data.up(), Word.UP).addAll(data.down(), Word.DOWN).addAll(data.ignore(), Word.IGNORED);
        negators.addAll(data.negation().words(), true).addAll(data.hypothetical(), true);
        clause = new Clause(data.negation());
        data.subjects().forEach((name, phrases) -> subjects.addAll(phrases, name));
        reach = data.subjectReach();
    }

    public Optional<Reading> read(String text) {
        List<Token> tokens = Token.of(text);
        List<PhraseSet.Match<Boolean>> negations = negators.all(tokens);
        List<PhraseSet.Match<Word>> matches = words.longest(tokens);
        List<PhraseSet.Match<Word>> ignored =
                matches.stream().filter(m -> m.value() == Word.IGNORED).toList();
        List<PhraseSet.Match<String>> named = subjects.longest(tokens).stream()
                .filter(s -> ignored.stream().noneMatch(s::overlaps))
                .toList();
        Direction found = null;
        Reading reading = null;
        for (PhraseSet.Match<Word> m : matches) {
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
                            d,
                            text.substring(
                                    tokens.get(m.start()).start(),
                                    tokens.get(m.end() - 1).end()),
                            subject.get());
                }
            }
        }
        return Optional.ofNullable(reading);
    }

    /** The subject closest to a direction word, within reach. */
    private Optional<String> nearest(List<PhraseSet.Match<String>> named, PhraseSet.Match<Word> m) {
        return named.stream()
                .filter(s -> distance(s, m) <= reach)
                .min(java.util.Comparator.comparingInt(s -> distance(s, m)))
                .map(PhraseSet.Match::value);
    }

    private static int distance(PhraseSet.Match<?> a, PhraseSet.Match<?> b) {
        return a.end() <= b.start() ? b.start() - a.end() : b.end() <= a.start() ? a.start() - b.end() : 0;
    }
}
