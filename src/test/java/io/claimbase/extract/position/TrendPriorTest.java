package io.claimbase.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.DomainDataException;
import io.claimbase.extract.ExtractedPosition;
import io.claimbase.extract.ExtractedPosition.Trend;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendPriorTest {

    private static final String Q = "china-russia-alignment";
    private static final List<Question> QUESTIONS = QuestionLoader.load(Path.of("seeds/domain/questions.yaml"));

    private static final TrendPrior PRIOR = TrendPrior.count(List.of(
            new TrendPrior.Seen(Q, "quasi-alliance", Trend.STRENGTHENING),
            new TrendPrior.Seen(Q, "quasi-alliance", Trend.STRENGTHENING),
            new TrendPrior.Seen(Q, "quasi-alliance", Trend.STABLE),
            new TrendPrior.Seen(Q, "rivalry", Trend.WEAKENING),
            new TrendPrior.Seen(Q, "rivalry", Trend.WEAKENING),
            new TrendPrior.Seen(Q, "limited-partnership", Trend.WEAKENING),
            new TrendPrior.Seen(Q, "limited-partnership", Trend.STABLE),
            new TrendPrior.Seen(Q, "alliance", Trend.STRENGTHENING),
            new TrendPrior.Seen(Q, "strategic-partnership", null),
            new TrendPrior.Seen(Q, PositionAssessor.UNDETERMINED, Trend.STABLE)));

    @Test
    void aLabelsUsualTrendIsTheOneMostOfItsArticlesHave() {
        assertEquals(Optional.of(Trend.STRENGTHENING), PRIOR.usual(Q, "quasi-alliance"));
        assertEquals(Optional.of(Trend.WEAKENING), PRIOR.usual(Q, "rivalry"));
    }

    @Test
    void aTieTooFewArticlesOrAnUnknownLabelGiveNone() {
        assertEquals(Optional.empty(), PRIOR.usual(Q, "limited-partnership"), "one each way");
        assertEquals(Optional.empty(), PRIOR.usual(Q, "alliance"), "one article is too few");
        assertEquals(Optional.empty(), PRIOR.usual(Q, "strategic-partnership"), "no trend annotated");
        assertEquals(Optional.empty(), PRIOR.usual(Q, PositionAssessor.UNDETERMINED));
        assertEquals(Optional.empty(), PRIOR.usual("eu-china-trade", "rivalry"));
        assertEquals(Optional.empty(), TrendPrior.NONE.usual(Q, "rivalry"));
    }

    @Test
    void theFileReadsBackAsWritten() {
        String text = PRIOR.write("A test prior.\nTwo lines of header.");
        assertTrue(text.startsWith("# A test prior.\n# Two lines of header.\n"), text);
        TrendPrior read = TrendPrior.parse(text, "test");
        assertEquals(text, read.write("A test prior.\nTwo lines of header."));
        assertEquals(Optional.of(Trend.WEAKENING), read.usual(Q, "rivalry"));
    }

    @Test
    void aMalformedLineNamesItsLine() {
        DomainDataException e = assertThrows(
                DomainDataException.class, () -> TrendPrior.parse("# header\n" + Q + "\trivalry\t1\t2\n", "trend.tsv"));
        assertTrue(e.getMessage().startsWith("trend.tsv:2:"), e.getMessage());
        assertThrows(DomainDataException.class, () -> TrendPrior.parse(Q + "\trivalry\t1\t-2\t0\n", "trend.tsv"));
    }

    @Test
    void anAuthorWhoSaysNoDirectionGetsTheLabelsUsualTrend() {
        List<io.claimbase.extract.ExtractedClaim> claims = Claims.of(
                        "Moscow and Beijing behave like a de facto alliance whenever Washington pushes them.",
                        "Their navies share a calendar and their diplomats share talking points.")
                .list();
        ExtractedPosition without = only(new PositionAssessor(QUESTIONS), claims);
        ExtractedPosition with = only(new PositionAssessor(QUESTIONS, PRIOR), claims);
        assertEquals("quasi-alliance", with.label());
        assertNull(without.trend());
        assertEquals(Trend.STRENGTHENING, with.trend());
        assertEquals(without.score(), with.score());
        assertEquals(without.confidence(), with.confidence());
        assertTrue(with.rationale().contains("says no direction"), with.rationale());
    }

    @Test
    void theAuthorsOwnDirectionWordsWin() {
        ExtractedPosition p = only(
                new PositionAssessor(QUESTIONS, PRIOR),
                Claims.of("Moscow and Beijing behave like a de facto alliance, and little about that has changed"
                                + " in the past year.")
                        .list());
        assertEquals("quasi-alliance", p.label());
        assertEquals(Trend.STABLE, p.trend());
    }

    @Test
    void upAndDownSaidAsMuchTakeTheLabelsUsualTrend() {
        List<io.claimbase.extract.ExtractedClaim> claims = Claims.of(
                        "Russia and China are rivals in reality, whatever their summits say.",
                        "The two leaders' toasts keep warming.",
                        "Yet the gap between them is widening.")
                .list();
        ExtractedPosition without = only(new PositionAssessor(QUESTIONS), claims);
        ExtractedPosition with = only(new PositionAssessor(QUESTIONS, PRIOR), claims);
        assertEquals("rivalry", with.label());
        assertEquals(Trend.STABLE, without.trend(), without.rationale());
        assertEquals(Trend.WEAKENING, with.trend(), with.rationale());
        assertTrue(with.rationale().contains("both ways"), with.rationale());
    }

    @Test
    void anUndeterminedPositionGetsNoUsualTrend() {
        ExtractedPosition p = only(
                new PositionAssessor(QUESTIONS, PRIOR),
                new Claims()
                        .reported("a Kremlin spokesman", "Russia and China are a de facto alliance, the Kremlin said.")
                        .list());
        assertEquals(PositionAssessor.UNDETERMINED, p.label());
        assertNull(p.trend());
    }

    private static ExtractedPosition only(PositionAssessor assessor, List<io.claimbase.extract.ExtractedClaim> claims) {
        return assessor.assess(claims).stream()
                .filter(p -> p.question().equals(Q))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no position"));
    }
}
