package io.claimbase.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.TestDomain;
import io.claimbase.extract.eval.GoldSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequiredTextTest {

    @Test
    void aMandatoryLiteralRunIsRequired() {
        assertEquals(Set.of(" lighthouse keeper"), RequiredText.of(".{0,50}\\b(old|new) lighthouse keepers?\\.?"));
        assertEquals(Set.of(" read"), RequiredText.of(".{0,9}\\b\\d{1,2} min(ute)?s? read\\b.*"));
    }

    @Test
    void aGroupOfAlternativesRequiresOneOfThem() {
        assertEquals(Set.of("harbour", "dock", "pier"), RequiredText.of("(harbour|dock|pier)\\s*:.*"));
        assertEquals(Set.of("ferry", "tram pass"), RequiredText.of(".{1,40}\\b(ferry( ticket)?|tram pass)\\b.{0,9}"));
    }

    @Test
    void optionalPartsRequireNothing() {
        assertNull(RequiredText.of("(lighthouse)?\\d+"));
        assertNull(RequiredText.of("lighthouse|\\d+"));
        assertEquals(Set.of("keeper"), RequiredText.of("(lighthouse )?keeper"));
        assertNull(RequiredText.of("ab?"));
    }

    @Test
    void caseFlagsAreFollowedAndLookAroundsRequireNothing() {
        assertEquals(Set.of("lighthouse"), RequiredText.of("(?i)\\blighthouse\\b"));
        assertEquals(Set.of("mast", "sail"), RequiredText.of("\\b(?i:(mast|sail))\\s+\\d+"));
        assertEquals(Set.of("keeper"), RequiredText.of("(?<=\\bold\\s)keeper(?!\\s+of\\s+rope)"));
        assertNull(RequiredText.of("(?!rope)\\w+"));
    }

    @Test
    void whatItDoesNotFollowRequiresNothing() {
        assertNull(RequiredText.of("(?x)lighthouse"));
        assertNull(RequiredText.of("(?<name>lighthouse)"));
        assertNull(RequiredText.of("\\Qlighthouse\\E"));
        assertNull(RequiredText.of("\\u0041lighthouse"));
        assertNull(RequiredText.of("(lighthouse) \\1"));
    }

    @Test
    void foldingIsTheRegexEnginesCaseFolding() {
        assertEquals("ship's log", RequiredText.fold("SHIP'S Log"));
        assertEquals("sail", RequiredText.fold("\u017Fail"));
        assertEquals("kite", RequiredText.fold("\u212Aite"));
        assertTrue(Pattern.compile("sail", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher("\u017Fail")
                .matches());
        assertTrue(RequiredText.containsAny(RequiredText.fold("The \u017FAIL loft"), Set.of("sail")));
        assertFalse(RequiredText.containsAny(RequiredText.fold("The rope loft"), Set.of("sail", "mast")));
    }

    /**
     * The guarded line patterns answer exactly as the one alternation of all the patterns does, on every line and
     * sentence of the gold texts and on lines written to trip the folding.
     */
    @Test
    void boilerplateAnswersAsTheOneAlternation() throws IOException {
        List<Pattern> lines = TestDomain.cues().boilerplate().lines();
        Pattern all = Pattern.compile(
                lines.stream().map(p -> "(?:" + p.pattern() + ")").collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Boilerplate boilerplate = new Boilerplate(TestDomain.cues().boilerplate());
        List<String> texts = new ArrayList<>(List.of(
                "The meeting was held under Chatham House rules.",
                "The talk was held under CHATHAM HOU\u017FE RULE",
                "Start your free trial today",
                "\u212Aeep reading: the harbour at dusk",
                "SIGN UP for our weekly digest in your inbox",
                "Photo: the old pier at low tide",
                "It is a 5-minute read",
                "A 12 min read on ferries"));
        for (String line : GoldSet.everyLine()) {
            texts.add(line.strip());
            texts.add(line.strip().replaceAll("^[-\\s\"]+|[\"]+$", ""));
            for (String part : line.split("(?<=[.!?])\\s+")) {
                texts.add(part.strip());
            }
        }
        int matched = 0;
        for (String text : texts) {
            boolean expected = all.matcher(text).matches();
            assertEquals(expected, boilerplate.matchesALinePattern(text), text);
            matched += expected ? 1 : 0;
        }
        assertTrue(matched > 8, "too few boilerplate lines to compare: " + matched);
    }
}
