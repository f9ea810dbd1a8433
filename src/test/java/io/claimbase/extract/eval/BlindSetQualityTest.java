package io.claimbase.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.extract.Extractor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The extraction quality reports on the blind sets ({@code gold/blind-4}, {@code gold/blind-5}): articles written and
 * annotated by readers who saw neither the extractor, the domain data nor the earlier sets. Run alone with
 * {@code ./mvnw -B test -Dtest=BlindSetQualityTest} to print the reports; docs/extraction.md "Reading quality" has
 * each set's first run (before any change made after reading it) beside the current figures, and each folder keeps
 * its first run's raw output in {@code first-run.txt}.
 */
class BlindSetQualityTest {

    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = EvaluatedExtractor.load();
    }

    private static ExtractionEvaluation evaluate(String set, String name) {
        ExtractionEvaluation evaluation = ExtractionEvaluation.run(GoldSet.blind(set), extractor::extract);
        System.out.println(evaluation.report(name, SealedSets.isSealed(set)));
        return evaluation;
    }

    /** {@code articles} articles with at least {@code claims} claims, at least half on the China-Russia question. */
    private static void assertTheSetIsThere(String set, int articles, int claims) {
        assertTheSetIsThere(set, articles, claims, (articles + 1) / 2);
    }

    /**
     * {@code articles} articles with at least {@code claims} claims, at least {@code onTheQuestion} of them with a
     * position on the China-Russia question (articles that report the pair's doings and take no view have none).
     */
    private static void assertTheSetIsThere(String set, int articles, int claims, int onTheQuestion) {
        List<GoldArticle> blind = GoldSet.blind(set);
        assertEquals(articles, blind.size());
        assertTrue(blind.stream().mapToInt(a -> a.claims().size()).sum() >= claims);
        assertTrue(
                blind.stream().filter(a -> !a.positionsOrEmpty().isEmpty()).count() >= onTheQuestion,
                "articles on the China-Russia question");
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class FourthSet {

        private final ExtractionEvaluation evaluation = evaluate("blind-4", "the fourth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-4", 21, 400);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-06 (extractor 1.1.0): claims F1 0.978 (0.995 since the boilerplate cues); kind 0.743,
            // attribution 0.906, certainty 0.925;
            // topics F1 0.601, actors 0.940, event 0.442, time 0.541 (stated 0.686, inferred 0.000), figures 0.899.
            // Event acts, commentary and backdrops, topic continuation (after 1.3.0): event 0.521 -> 0.559, topics
            // 0.610 -> 0.642; time since the time rules of issue #13: 0.791 (stated 0.919, inferred 0.316); topics
            // since the question's topic for position evidence and the relationship cues: 0.642 -> 0.657; attribution
            // since the act verbs, forecasts, views with a "that" clause or quotation (branch furniture): 0.932 ->
            // 0.969; time since references back to a time and counts from it ("that year", "two years later", "since
            // then"): 0.818 (stated 0.919, inferred 0.476)
            // Topic vocabulary families of issue #13 (branch topics2: market parties, the chip industry, restrictions,
            // forces, what states do, reciprocal words, a contest for a region, the public purse): topics 0.663 ->
            // 0.687
            // Since the learned event-type and claim-kind models (seeds/domain/models, trained on this set among four)
            // its event and kind figures here are training-set figures (event 0.559 -> 0.754, kind 0.741 -> 1.000);
            // the honest ones are ModelRotationTest's.
            // Branch time-rules (2026-12-07: "until the end of the year" closing a stretch, "their May summit"):
            // time 0.818 -> 0.832 (stated 0.919 -> 0.938, inferred 0.476)
            // 2026-12-07 10:15 (claims17: figure, furniture, title-case and imperative rules, models re-trained):
            // figures floor raised to the new F1 less 0.02 (claims and leaks floors of sets 11 and 12 too)
            evaluation.assertFloors(Map.of(
                    "claims", 0.95,
                    "kind", 0.70,
                    "attribution", 0.95,
                    "certainty", 0.90,
                    "topics", 0.66,
                    "actors", 0.90,
                    "event", 0.52,
                    "time", 0.83, // 0.847 since branch time17 (2026-12-07: date lines, halves of the year, open year
                    // bounds, account tense)
                    "figures", 0.96));
            // 2026-12-07 10:15 (claims17: figure, furniture, title-case and imperative rules, models re-trained):
            // figures floor raised to the new F1 less 0.02 (claims and leaks floors of sets 11 and 12 too)
            evaluation.assertFloors(Map.of("time (stated)", 0.90, "time (inferred)", 0.45));
        }

        @Test
        void noBoilerplateOrNonClaimBecomesAClaim() {
            // first run: 14 (ads, newsletter lines, a wire credit line, bios, imperative openers "Take Central Asia.");
            // 0 since the cues for them (BoilerplateTest, ExtractorTest, MetadataTest hold examples of our own)
            assertTrue(evaluation.leaks().isEmpty(), () -> String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class FifthSet {

        private final ExtractionEvaluation evaluation = evaluate("blind-5", "the fifth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-5", 21, 350);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-06 (extractor 1.2.0, commit 848aa61): claims F1 0.977; kind 0.702, attribution
            // 0.870, certainty 0.920; topics F1 0.603, actors 0.931, event 0.423, time 0.583 (stated 0.702, inferred
            // 0.053), figures 0.939; 8 boilerplate or non-claims taken as claims.
            // Extractor 1.3.0 (same day): claims 0.986, kind 0.693, attribution 0.884, time 0.655 (stated 0.772,
            // inferred 0.143); the rest unchanged. Event acts, commentary and backdrops, topic continuation (after
            // 1.3.0): event 0.423 -> 0.461, topics 0.603 -> 0.616; time since the time rules of issue #13: 0.751
            // (stated 0.847, inferred 0.375). Attribution by the general rules of issue #13: 0.884 -> 0.901; topics
            // since the question's topic for position evidence and the relationship cues: 0.616 -> 0.640. Branch
            // furniture: attribution 0.901 -> 0.942 (act verbs, forecasts, views), claims 0.986 -> 0.989 (web
            // furniture). Time since references back to a time and counts from it ("that year", "two years later")
            // and a bare month in an undated article: 0.775 (stated 0.847, inferred 0.510)
            // Topic vocabulary families of issue #13 (branch topics2): topics 0.654 -> 0.677
            // Since the learned event-type and claim-kind models (seeds/domain/models, trained on this set among four)
            // its event and kind figures here are training-set figures (event 0.461 -> 0.764, kind 0.693 -> 0.997);
            // the honest ones are ModelRotationTest's.
            // Branch time-rules (2026-12-07: months, spans of months and quarters without a year in an undated
            // article about one year; "within hours", "within a day"): time 0.778 -> 0.819 (stated 0.847 -> 0.842,
            // inferred 0.520 -> 0.746)
            // 2026-12-07 10:15 (claims17: figure, furniture, title-case and imperative rules, models re-trained):
            // figures floor raised to the new F1 less 0.02 (claims and leaks floors of sets 11 and 12 too)
            evaluation.assertFloors(Map.of(
                    "claims", 0.97,
                    "kind", 0.67,
                    "attribution", 0.93,
                    "certainty", 0.90,
                    "topics", 0.65,
                    "actors", 0.90,
                    "event", 0.43,
                    "time", 0.82, // 0.831 since branch time17 (2026-12-07: date lines, halves of the year, open year
                    // bounds, account tense)
                    "figures", 0.98));
            // 2026-12-07 10:15 (claims17: figure, furniture, title-case and imperative rules, models re-trained):
            // figures floor raised to the new F1 less 0.02 (claims and leaks floors of sets 11 and 12 too)
            evaluation.assertFloors(Map.of("time (stated)", 0.82, "time (inferred)", 0.70));
        }

        @Test
        void boilerplateAndNonClaimsStayOut() {
            // first run: 8 (imperatives "Stop waiting for one.", a verbless answer "Not at all.", two headlines under
            // section labels, two beat bios); 1 since the rules for those classes (ExtractorTest, MetadataTest hold
            // examples of our own): the imperative "Call it what it is." ("call" opens statements too)
            assertTrue(evaluation.leaks().size() <= 1, () -> String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SixthSet {

        private final ExtractionEvaluation evaluation = evaluate("blind-6", "the sixth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-6", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-06 (extractor 1.3.0, commit 0614451, gold/blind-6/first-run.txt): claims F1 0.975;
            // kind 0.727, attribution 0.904, certainty 0.900; topics F1 0.609, actors 0.934, event 0.492, time 0.778
            // (stated 0.797, inferred 0.444), figures 0.828. Extractor 1.4.0 (same day; its rules were written
            // without reading this set): attribution 0.913, topics 0.629, event 0.504, time 0.822 (stated 0.844).
            // Branch furniture (rules written without reading it): claims 0.980, attribution 0.932. Extractor 1.5.0
            // (learned event and kind models trained on other sets): kind 0.814, event 0.560, topics 0.627. Event
            // classes read on the readable sets (branch events-rules; the model still trained on other sets): event
            // 0.560 -> 0.654, topics 0.645 -> 0.649
            // Branch time-rules (2026-12-07; written with this set readable): "Posted by X on <date>" and a line's
            // closing "Published <date>." give two articles their date (claims 0.980 -> 0.984), "By Wednesday",
            // "the first seven months of the year", "before the year is out": time 0.822 -> 0.888 (stated 0.844 ->
            // 0.913, inferred 0.444). Branch stance-furniture (after the set was opened, rules from its misses):
            // claims 0.987, attribution 0.942
            // 2026-12-07 10:15 (claims17: figure, furniture, title-case and imperative rules, models re-trained):
            // figures floor raised to the new F1 less 0.02 (claims and leaks floors of sets 11 and 12 too)
            evaluation.assertFloors(Map.of(
                    "claims", 0.97,
                    "kind", 0.78,
                    "attribution", 0.92,
                    "certainty", 0.88,
                    "topics", 0.60,
                    "actors", 0.91,
                    "event", 0.62,
                    "time", 0.86,
                    "figures", 0.97));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            // first run and extractor 1.4.0 alike: 7 (two imperative openers, a comments-closed line, an editorial's
            // signature line, a headline repeated in the body, a session note and an excerpt credit); 4 since the web
            // furniture rules of branch furniture (BoilerplateTest and ExtractorTest hold examples of our own); 0 since
            // branch stance-furniture (delivery notes, forward-to-a-colleague, Chatham House notes, "Enough of …")
            assertTrue(
                    evaluation.leaks().isEmpty(),
                    () -> SealedSets.isSealed("blind-6")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SeventhSet {

        private final ExtractionEvaluation evaluation = evaluate("blind-7", "the seventh blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-7", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-06 (extractor 1.4.0, commit 027d2b8, gold/blind-7/first-run.txt): claims F1 0.997;
            // kind 0.749, attribution 0.931, certainty 0.922; topics F1 0.594, actors 0.917, event 0.464, time 0.575
            // (stated 0.613, inferred 0.000), figures 0.893; 1 boilerplate or non-claim taken as a claim. Extractor
            // 1.5.0 (same day, nothing changed after reading the set): kind 0.815, attribution 0.946, topics 0.598,
            // event 0.516, time 0.585 (stated 0.623, inferred 0.000); the rest unchanged. Event classes read on the
            // readable sets (branch events-rules): event 0.516 -> 0.507, topics 0.613 -> 0.611. Extractor 1.6.0 (the
            // topic model, the three models trained with the sixth set): kind 0.800, topics 0.663, event 0.522, time
            // 0.599 (stated 0.638, inferred 0.000); the rest unchanged. Opened 2026-12-07 02:25 (training data of the
            // models from extractor 1.7.0 on; its figures since are training-set figures)
            // 2026-12-07 10:15 (claims17: figure, furniture, title-case and imperative rules, models re-trained):
            // figures floor raised to the new F1 less 0.02 (claims and leaks floors of sets 11 and 12 too)
            evaluation.assertFloors(Map.of(
                    "claims", 0.98,
                    "kind", 0.77,
                    "attribution", 0.93,
                    "certainty", 0.90,
                    "topics", 0.63,
                    "actors", 0.89,
                    "event", 0.48,
                    "time", 0.75, // 0.772 since branch time (2026-12-07: document and target years,
                    // quarters, participle states; floor = F1 less 0.02)
                    "figures", 0.95));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 1,
                    () -> SealedSets.isSealed("blind-7")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class EighthSet {

        private final ExtractionEvaluation evaluation = evaluate("blind-8", "the eighth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-8", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-06 (extractor 1.5.1, commit 2103d0e, gold/blind-8/first-run.txt): claims F1 0.976;
            // kind 0.769, attribution 0.894, certainty 0.915; topics F1 0.684, actors 0.895, event 0.537, time 0.531
            // (stated 0.587, inferred 0.118), figures 0.919; 8 boilerplate or non-claims taken as claims. Extractor
            // 1.6.0 (same night, nothing changed after reading the set; the topic model, event and time classes, trend
            // and furniture rules written without it): claims 0.978, kind 0.775, topics 0.748, event 0.551; the rest
            // unchanged. Opened 2026-12-07 02:25 (training data of the models from extractor 1.7.0 on; its figures
            // since are
            // training-set figures)
            // 2026-12-07 10:15 (claims17: figure, furniture, title-case and imperative rules, models re-trained):
            // figures floor raised to the new F1 less 0.02 (claims and leaks floors of sets 11 and 12 too)
            evaluation.assertFloors(Map.of(
                    "claims", 0.96,
                    "kind", 0.74,
                    "attribution", 0.87,
                    "certainty", 0.89,
                    "topics", 0.72,
                    "actors", 0.87,
                    "event", 0.52,
                    "time", 0.70, // 0.721 since branch time (2026-12-07: document and target years,
                    // quarters, participle states; floor = F1 less 0.02)
                    "figures", 0.96));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 0,
                    () -> SealedSets.isSealed("blind-8")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class NinthSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-9", "the ninth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-9", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-07 02:20 (extractor 1.6.0, commit 9d2db89, gold/blind-9/first-run.txt): claims F1
            // 0.970; kind 0.828,
            // attribution 0.874, certainty 0.945; topics F1 0.723, actors 0.945, event 0.580, time 0.712 (stated 0.791,
            // inferred 0.118), figures 0.907; 8 boilerplate or non-claims taken as claims.
            // Extractor 1.7.0 (same session, nothing changed after reading the set; models trained on seven sets, the
            // event structure features, the attribution model, the dateline and "since" time rules): kind 0.854,
            // attribution 0.890, topics 0.745, event 0.607, time 0.726 (stated 0.806); the rest unchanged
            // 2026-12-07 10:15 (claims17: figure, furniture, title-case and imperative rules, models re-trained):
            // figures floor raised to the new F1 less 0.02 (claims and leaks floors of sets 11 and 12 too)
            evaluation.assertFloors(Map.of(
                    "claims", 0.96,
                    "kind", 0.83,
                    "attribution", 0.87,
                    "certainty", 0.93,
                    "topics", 0.72,
                    "actors", 0.93,
                    "event", 0.58,
                    "time", 0.81, // 0.837 since branch time (2026-12-07: document and target years,
                    // quarters, participle states; floor = F1 less 0.02)
                    "figures", 0.95));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 0,
                    () -> SealedSets.isSealed("blind-9")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TenthSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-10", "the tenth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-10", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-07 02:20 (extractor 1.6.0, commit 9d2db89, gold/blind-10/first-run.txt): claims F1
            // 0.978; kind 0.774,
            // attribution 0.910, certainty 0.935; topics F1 0.732, actors 0.912, event 0.606, time 0.698 (stated 0.729,
            // inferred 0.364), figures 0.854; 7 boilerplate or non-claims taken as claims.
            // Extractor 1.7.0 (same session, nothing changed after reading the set; models trained on seven sets, the
            // event structure features, the attribution model, the dateline and "since" time rules): kind 0.806,
            // attribution 0.919, topics 0.738, event 0.659; the rest unchanged
            // 2026-12-07 10:15 (claims17: figure, furniture, title-case and imperative rules, models re-trained):
            // figures floor raised to the new F1 less 0.02 (claims and leaks floors of sets 11 and 12 too)
            evaluation.assertFloors(Map.of(
                    "claims", 0.96,
                    "kind", 0.78,
                    "attribution", 0.9,
                    "certainty", 0.92,
                    "topics", 0.71,
                    "actors", 0.89,
                    "event", 0.63,
                    "time", 0.82, // 0.847 since branch time (2026-12-07: document and target years,
                    // quarters, participle states; floor = F1 less 0.02)
                    "figures", 0.97));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 0,
                    () -> SealedSets.isSealed("blind-10")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class EleventhSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-11", "the eleventh blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-11", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-07 05:52 (extractor 1.7.0, commit 9ce9711, gold/blind-11/first-run.txt): claims F1
            // 0.959; kind 0.725, attribution 0.870, certainty 0.935; topics F1 0.714, actors 0.942, event 0.591, time
            // 0.698 (stated 0.818, inferred 0.000), figures 0.767; 18 boilerplate or non-claims taken as claims.
            // Models re-trained on nine sets only: kind 0.756, topics 0.701, event 0.565. Extractor 1.8.0 (same
            // session, nothing changed after reading the set): claims 0.964, kind 0.756, attribution 0.920, topics
            // 0.706, event 0.581, 16 leaks; the rest unchanged
            // 2026-12-07 10:15 (claims17: figure, furniture, title-case and imperative rules, models re-trained):
            // figures floor raised to the new F1 less 0.02 (claims and leaks floors of sets 11 and 12 too)
            evaluation.assertFloors(Map.of(
                    "claims", 0.98,
                    "kind", 0.74,
                    "attribution", 0.9,
                    "certainty", 0.92,
                    "topics", 0.69,
                    "actors", 0.93,
                    "event", 0.56,
                    "time", 0.71, // 0.734 since branch time (2026-12-07: document and target years,
                    // quarters, participle states; floor = F1 less 0.02)
                    "figures", 0.92));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 0,
                    () -> SealedSets.isSealed("blind-11")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TwelfthSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-12", "the twelfth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-12", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-07 05:52 (extractor 1.7.0, commit 9ce9711, gold/blind-12/first-run.txt): claims F1
            // 0.976; kind 0.715, attribution 0.884, certainty 0.937; topics F1 0.722, actors 0.938, event 0.649, time
            // 0.661 (stated 0.792, inferred 0.091), figures 0.806; 6 boilerplate or non-claims taken as claims.
            // Models re-trained on nine sets only: kind 0.727, topics 0.715, event 0.590. Extractor 1.8.0 (same
            // session, nothing changed after reading the set): claims 0.977, kind 0.727, attribution 0.934, topics
            // 0.717, event 0.600, 5 leaks; the rest unchanged
            // 2026-12-07 10:15 (claims17: figure, furniture, title-case and imperative rules, models re-trained):
            // figures floor raised to the new F1 less 0.02 (claims and leaks floors of sets 11 and 12 too)
            evaluation.assertFloors(Map.of(
                    "claims", 0.98,
                    "kind", 0.71,
                    "attribution", 0.91,
                    "certainty", 0.92,
                    "topics", 0.70,
                    "actors", 0.92,
                    "event", 0.58,
                    "time", 0.73, // 0.754 since branch time (2026-12-07: document and target years,
                    // quarters, participle states; floor = F1 less 0.02)
                    "figures", 0.94));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 1,
                    () -> SealedSets.isSealed("blind-12")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ThirteenthSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-13", "the thirteenth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-13", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-07 09:15 (extractor 1.8.0, commit 850572c, gold/blind-13/first-run.txt): claims F1
            // 0.983; kind 0.804, attribution 0.921, certainty 0.927; topics F1 0.718, actors 0.929, event 0.588, time
            // 0.726 (stated 0.814, inferred 0.118), figures 0.874; 7 boilerplate or non-claims taken as claims.
            // Models re-trained on eleven sets only: kind 0.813, topics 0.729, event 0.626, time 0.735. Extractor 1.9.0
            // (same session, nothing changed after reading the set): claims 0.984, kind 0.813, attribution 0.918,
            // topics 0.724, event 0.604, time 0.757 (stated 0.836, inferred 0.222), figures 0.946, 7 leaks
            evaluation.assertFloors(Map.of(
                    "claims", 0.97,
                    "kind", 0.79,
                    "attribution", 0.9,
                    "certainty", 0.91,
                    "topics", 0.7,
                    "actors", 0.91,
                    "event", 0.58,
                    "time", 0.83, // 0.853 since branch time (2026-12-07: document and target years,
                    // quarters, participle states; floor = F1 less 0.02)
                    "figures", 0.93));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 7,
                    () -> SealedSets.isSealed("blind-13")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class FourteenthSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-14", "the fourteenth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-14", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-07 09:15 (extractor 1.8.0, commit 850572c, gold/blind-14/first-run.txt): claims F1
            // 0.983; kind 0.797, attribution 0.902, certainty 0.905; topics F1 0.726, actors 0.905, event 0.575, time
            // 0.781 (stated 0.855, inferred 0.300), figures 0.748; 1 boilerplate or non-claim taken as a claim.
            // Models re-trained on eleven sets only: topics 0.729, event 0.627. Extractor 1.9.0 (same session, nothing
            // changed after reading the set): claims 0.988, kind 0.797, attribution 0.902, topics 0.728, event 0.690,
            // time 0.760 (stated 0.837, inferred 0.286), figures 0.876, 1 leak
            evaluation.assertFloors(Map.of(
                    "claims", 0.97,
                    "kind", 0.78,
                    "attribution", 0.89,
                    "certainty", 0.89,
                    "topics", 0.71,
                    "actors", 0.89,
                    "event", 0.67,
                    "time", 0.77, // 0.795 since branch time (2026-12-07: document and target years,
                    // quarters, participle states; floor = F1 less 0.02)
                    "figures", 0.86));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 1,
                    () -> SealedSets.isSealed("blind-14")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class FifteenthSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-15", "the fifteenth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-15", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-07 12:06 (extractor 1.9.0, commit 9289a32, gold/blind-15/first-run.txt): claims F1
            // 0.967; kind 0.745, attribution 0.897, certainty 0.897; topics F1 0.671, actors 0.865, event 0.476, time
            // 0.681 (stated 0.750, inferred 0.000), figures 0.897; 12 boilerplate or non-claims taken as claims.
            // Extractor 1.10.0 (nothing changed after reading the set): claims 0.968, kind 0.751, attribution 0.907,
            // topics 0.695, event 0.500, time 0.681, figures 0.897, 11 leaks
            evaluation.assertFloors(Map.of(
                    "claims", 0.94,
                    "kind", 0.72,
                    "attribution", 0.87,
                    "certainty", 0.87,
                    "topics", 0.64,
                    "actors", 0.84,
                    "event", 0.44,
                    "time", 0.65,
                    "figures", 0.87));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 12,
                    () -> SealedSets.isSealed("blind-15")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SixteenthSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-16", "the sixteenth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-16", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-07 12:06 (extractor 1.9.0, commit 9289a32, gold/blind-16/first-run.txt): claims F1
            // 0.961; kind 0.770, attribution 0.922, certainty 0.958; topics F1 0.659, actors 0.897, event 0.529, time
            // 0.667 (stated 0.748, inferred 0.357), figures 0.937; 5 boilerplate or non-claims taken as claims.
            // Extractor 1.10.0 (nothing changed after reading the set): claims 0.963, kind 0.761, attribution 0.932,
            // topics 0.675, event 0.549, time 0.667, figures 0.937, 5 leaks
            evaluation.assertFloors(Map.of(
                    "claims", 0.93,
                    "kind", 0.74,
                    "attribution", 0.89,
                    "certainty", 0.93,
                    "topics", 0.63,
                    "actors", 0.87,
                    "event", 0.5,
                    "time", 0.64,
                    "figures", 0.91));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 5,
                    () -> SealedSets.isSealed("blind-16")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SeventeenthSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-17", "the seventeenth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-17", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-07 16:06 (extractor 1.10.0 as the session began, commit 633dd7c = 21573e9 with the set,
            // gold/blind-17/first-run.txt): claims F1 0.976; kind 0.786, attribution 0.893, certainty 0.893; topics F1
            // 0.671, actors 0.847, event 0.727, time 0.647 (stated 0.712, inferred 0.190), figures 0.896; 9 leaks.
            // Extractor 1.11.0 (nothing changed after reading the set): kind 0.799, certainty 0.899, topics 0.670,
            // event 0.741, the rest unchanged. Branch furniture (read after the set was opened): claims F1 0.995, 0
            // leaks
            evaluation.assertFloors(Map.of(
                    "claims", 0.99,
                    "kind", 0.77,
                    "attribution", 0.86,
                    "certainty", 0.87,
                    "topics", 0.64,
                    "actors", 0.82,
                    "event", 0.69,
                    "time", 0.62,
                    "figures", 0.87));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().isEmpty(),
                    () -> SealedSets.isSealed("blind-17")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class EighteenthSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-18", "the eighteenth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-18", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-07 16:06 (extractor 1.10.0 as the session began, commit 633dd7c = 21573e9 with the set,
            // gold/blind-18/first-run.txt): claims F1 0.951; kind 0.764, attribution 0.865, certainty 0.902; topics F1
            // 0.711, actors 0.891, event 0.590, time 0.623 (stated 0.713, inferred 0.083), figures 0.914; 16 leaks.
            // Extractor 1.11.0 (nothing changed after reading the set): kind 0.776, attribution 0.868, certainty
            // 0.905, the rest unchanged. Branch furniture (read after the set was opened): claims F1 1.000, 0 leaks
            evaluation.assertFloors(Map.of(
                    "claims", 0.99,
                    "kind", 0.75,
                    "attribution", 0.84,
                    "certainty", 0.88,
                    "topics", 0.68,
                    "actors", 0.86,
                    "event", 0.55,
                    "time", 0.6,
                    "figures", 0.89));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().isEmpty(),
                    () -> SealedSets.isSealed("blind-18")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class NineteenthSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-19", "the nineteenth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-19", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-07 19:00 (extractor 1.11.0 as the session began, commit 630b60c = 4487f6b with the set,
            // gold/blind-19/first-run.txt): claims F1 0.978; kind 0.797, attribution 0.916, certainty 0.919; topics F1
            // 0.702, actors 0.928, event 0.618, time 0.767 (stated 0.842, inferred 0.000), figures 0.906; 5 leaks.
            // Models on 29 sets (2026-12-08 00:16, still sealed): event 0.576 (17 of 27 events, 15 false), kind 0.810,
            // attribution 0.935, topics 0.730
            evaluation.assertFloors(Map.of(
                    "claims", 0.95,
                    "kind", 0.77,
                    "attribution", 0.89,
                    "certainty", 0.89,
                    "topics", 0.67,
                    "actors", 0.9,
                    "event", 0.55,
                    "time", 0.73,
                    "figures", 0.88));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 5,
                    () -> SealedSets.isSealed("blind-19")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TwentiethSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-20", "the twentieth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-20", 20, 250);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-07 19:00 (extractor 1.11.0 as the session began, commit 630b60c = 4487f6b with the set,
            // gold/blind-20/first-run.txt): claims F1 0.971; kind 0.753, attribution 0.905, certainty 0.911; topics F1
            // 0.710, actors 0.900, event 0.659, time 0.732 (stated 0.855, inferred 0.000), figures 0.917; 11 leaks
            evaluation.assertFloors(Map.of(
                    "claims", 0.94,
                    "kind", 0.72,
                    "attribution", 0.88,
                    "certainty", 0.88,
                    "topics", 0.68,
                    "actors", 0.87,
                    "event", 0.62,
                    "time", 0.7,
                    "figures", 0.89));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 11,
                    () -> SealedSets.isSealed("blind-20")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ThirtyThirdSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-33", "the thirty-third blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-33", 20, 300, 8);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-08 00:17 (extractor 1.13.0, commit ee8997a, gold/blind-33/first-run.txt):
            // claims F1 0.981; kind 0.812, attribution 0.924, certainty 0.932; topics F1 0.678, actors 0.878, event
            // 0.667, time 0.599
            // (stated 0.671, inferred 0.095), figures 0.867; 4 leaks
            evaluation.assertFloors(Map.of(
                    "claims", 0.95,
                    "kind", 0.78,
                    "attribution", 0.9,
                    "certainty", 0.9,
                    "topics", 0.65,
                    "actors", 0.85,
                    "event", 0.62,
                    "time", 0.57,
                    "figures", 0.84));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 4,
                    () -> SealedSets.isSealed("blind-33")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ThirtyFourthSet {
        private final ExtractionEvaluation evaluation = evaluate("blind-34", "the thirty-fourth blind set");

        @Test
        void theSetIsThere() {
            assertTheSetIsThere("blind-34", 21, 300, 8);
        }

        @Test
        void qualityStaysAboveTheMeasuredFloors() {
            // first run 2026-12-08 00:17 (extractor 1.13.0, commit ee8997a, gold/blind-34/first-run.txt):
            // claims F1 0.969; kind 0.821, attribution 0.841, certainty 0.926; topics F1 0.695, actors 0.906, event
            // 0.538, time 0.646
            // (stated 0.706, inferred 0.357), figures 0.878; 5 leaks
            evaluation.assertFloors(Map.of(
                    "claims", 0.94,
                    "kind", 0.79,
                    "attribution", 0.81,
                    "certainty", 0.9,
                    "topics", 0.67,
                    "actors", 0.88,
                    "event", 0.5,
                    "time", 0.61,
                    "figures", 0.85));
        }

        @Test
        void boilerplateAndNonClaimsStayFew() {
            assertTrue(
                    evaluation.leaks().size() <= 5,
                    () -> SealedSets.isSealed("blind-34")
                            ? evaluation.leaks().size() + " leaks (sealed set)"
                            : String.join("\n", evaluation.leaks()));
        }
    }
}
