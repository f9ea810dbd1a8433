package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.eval.GoldSet;
import io.claimbase.extract.text.Tokens;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The time rules and told-time patterns skipped for want of their required words find exactly what running them all
 * finds.
 */
class TimeRulesGuardTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

    @Test
    void guardedRulesFindWhatAllRulesFind() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "The ferry sailed on Tuesday, three weeks ago, and again in early SPRING 2024.",
                "By the end of this month the harbour had spent the first six months of 2023 on repairs.",
                "Between March and May 2022 the pier was shut; in the \u017Fecond quarter of 2021 it reopened.",
                "The last two decades, the past quarter-century and the coming years all saw storms.",
                "That same week, two days later, the keeper left before the year is out.",
                "Ever since, within hours, the next day, in June of that year, it rained; since then, too."));
        for (String line : GoldSet.everyLine()) {
            for (String part : line.split("(?<=[.!?])\\s+")) {
                texts.add(part.strip());
            }
        }
        int found = 0;
        int referring = 0;
        for (String text : texts) {
            boolean refers = DiscourseTime.refersToATime(text, false);
            assertEquals(refers, DiscourseTime.refersToATime(text, true), text);
            referring += refers ? 1 : 0;
            Tokens tokens = Tokens.of(text);
            List<TimeTagger.Found> all = TimeRules.matches(text, tokens, PUBLISHED, false);
            assertEquals(all, TimeRules.matches(text, tokens, PUBLISHED, true), text);
            found += all.size();
        }
        assertTrue(found > 100, "too few time expressions to compare: " + found);
        assertTrue(referring > 5, "too few told times to compare: " + referring);
    }
}
