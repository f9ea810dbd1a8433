package io.claimbase.extract.learn;

import io.claimbase.extract.Cues;
import io.claimbase.extract.DomainModel;
import io.claimbase.extract.LinearModel;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.QuestionLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The topic model trained without some sets and read on them (by default blind-13 and blind-14 as a pair): the
 * topics F1 of the cue lists alone and with the model, and per topic id where the model wins and loses (precision or
 * recall). Quicker than the full rotation, for a change of features or cues. Run with {@code ./mvnw -B -q
 * test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.claimbase.extract.learn.TopicPairCheck [-Dexec.args="blind-13 blind-14"]}.
 */
public final class TopicPairCheck {

    private TopicPairCheck() {}

    public static void main(String[] args) {
        Set<String> held = args.length == 0 ? Set.of("blind-13", "blind-14") : Set.of(args);
        Path domainPath = Path.of("seeds/domain");
        DomainModel domain = DomainModel.load(domainPath);
        DomainModel cuesOnly = domain.withEventModel(null)
                .withKindModel(null)
                .withTopicModel(null)
                .withAttributionModel(null);
        Cues cues = Cues.fromDirectory(domainPath);
        PositionAssessor assessor = new PositionAssessor(QuestionLoader.loadFolder(domainPath));
        Map<String, List<TopicTraining.Example>> sets = TopicTraining.examples(cuesOnly, cues, assessor);
        List<List<TopicTraining.Example>> training = new ArrayList<>();
        List<TopicTraining.Example> test = new ArrayList<>();
        sets.forEach((name, examples) -> {
            if (held.contains(name)) {
                test.addAll(examples);
            } else {
                training.add(examples);
            }
        });
        TopicTraining.Choice choice = TopicTraining.choose(training);
        LinearModel model = TopicTraining.parse(
                TopicTraining.write(training.stream().flatMap(List::stream).toList(), choice, "pair check"));
        System.out.println("choice " + choice);
        long[] cueCounts = new long[6];
        long[] modelCounts = new long[6];
        Map<String, long[]> perTopic = new TreeMap<>();
        StringBuilder disagreements = new StringBuilder();
        for (TopicTraining.Example example : test) {
            double[] p = model.independent(example.features());
            List<String> none = TopicTraining.fuse(example, model, p, 0, 1, 1);
            List<String> with = TopicTraining.fuse(example, model, p, choice.drop(), choice.add(), choice.fill());
            TopicTraining.count(example, none, cueCounts);
            TopicTraining.count(example, with, modelCounts);
            tally(perTopic, new HashSet<>(example.gold()), new HashSet<>(none), 0);
            tally(perTopic, new HashSet<>(example.gold()), new HashSet<>(with), 3);
            if (!new HashSet<>(example.gold()).equals(new HashSet<>(with))) {
                disagreements.append(String.format(
                        Locale.ROOT, "gold %s cues %s model %s: %s%n", example.gold(), none, with, example.text()));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "held %s: %d claims; topics F1 cues %.3f -> model %.3f (tp/fp/fn %d/%d/%d -> %d/%d/%d); top level %.3f"
                        + " -> %.3f%n",
                held,
                test.size(),
                TopicTraining.f1(cueCounts[0], cueCounts[1], cueCounts[2]),
                TopicTraining.f1(modelCounts[0], modelCounts[1], modelCounts[2]),
                cueCounts[0],
                cueCounts[1],
                cueCounts[2],
                modelCounts[0],
                modelCounts[1],
                modelCounts[2],
                TopicTraining.f1(cueCounts[3], cueCounts[4], cueCounts[5]),
                TopicTraining.f1(modelCounts[3], modelCounts[4], modelCounts[5]));
        System.out.println("topic                    cues tp/fp/fn   F1    P     R   | model tp/fp/fn   F1    P     R");
        if (System.getProperty("pair.details") != null) {
            System.out.print(disagreements);
        }
        perTopic.forEach((topic, c) -> System.out.printf(
                Locale.ROOT,
                "%-24s %4d/%3d/%3d  %.3f %.3f %.3f | %4d/%3d/%3d  %.3f %.3f %.3f%n",
                topic,
                c[0],
                c[1],
                c[2],
                TopicTraining.f1(c[0], c[1], c[2]),
                ratio(c[0], c[0] + c[1]),
                ratio(c[0], c[0] + c[2]),
                c[3],
                c[4],
                c[5],
                TopicTraining.f1(c[3], c[4], c[5]),
                ratio(c[3], c[3] + c[4]),
                ratio(c[3], c[3] + c[5])));
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static void tally(Map<String, long[]> perTopic, Set<String> gold, Set<String> got, int at) {
        for (String t : got) {
            perTopic.computeIfAbsent(t, k -> new long[6])[gold.contains(t) ? at : at + 1]++;
        }
        for (String t : gold) {
            if (!got.contains(t)) {
                perTopic.computeIfAbsent(t, k -> new long[6])[at + 2]++;
            }
        }
    }
}
