package io.claimbase.extract.learn;

import io.claimbase.extract.Cues;
import io.claimbase.extract.DomainModel;
import io.claimbase.extract.LinearModel;
import io.claimbase.extract.learn.TrainModels.Example;
import io.claimbase.extract.learn.TrainModels.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Leave-one-set-out of the event model on the paired claims alone (the evaluation's event F1 counts only those), for
 * feature families left in or out: {@code exec:java -Dexec.mainClass=io.claimbase.extract.learn.EventAblation
 * -Dexec.args="structure+context~art:~title:"}, a family after "~" left out. A quicker stand-in for {@link ModelRotationTest} while features are tried.
 */
final class EventAblation {

    /** Families of the article-context reader tried on 2026-12-07 (branch event-context-attempt); none today. */
    private static final List<String> CONTEXT =
            List.of("pev:", "nev:", "para", "pin:", "art:", "title:", "first", "same:", "kind:", "voice:");

    private static final List<String> STRUCTURE = List.of("sub:", "lead", "tense:");

    public static void main(String[] args) {
        DomainModel domain = DomainModel.load(Path.of("seeds/domain"));
        Cues cues = Cues.fromDirectory(Path.of("seeds/domain"));
        Map<String, List<Example>> sets = TrainModels.examples(Task.EVENT, domain, cues);
        for (String variant : args) {
            run(variant, sets, keep(variant));
        }
    }

    static Predicate<String> keep(String variant) {
        List<String> out = new ArrayList<>();
        if (!variant.contains("context")) {
            out.addAll(CONTEXT);
        }
        if (!variant.contains("structure")) {
            out.addAll(STRUCTURE);
        }
        String[] parts = variant.split("~");
        for (int i = 1; i < parts.length; i++) {
            out.add(parts[i]);
        }
        return f -> out.stream().noneMatch(f::startsWith);
    }

    static void run(String variant, Map<String, List<Example>> all, Predicate<String> keep) {
        Map<String, List<Example>> sets = new java.util.LinkedHashMap<>();
        all.forEach((name, examples) -> sets.put(
                name,
                examples.stream()
                        .map(e -> {
                            List<String> f = e.features().stream().filter(keep).toList();
                            return new Example(
                                    e.text(),
                                    e.label(),
                                    f,
                                    new io.claimbase.extract.tag.Tagger.EventEvidence(
                                            e.event().cue(), e.event().candidates(), f),
                                    null);
                        })
                        .toList()));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-40s", variant));
        double sum = 0;
        double cueSum = 0;
        for (String held : sets.keySet()) {
            List<List<Example>> training = new ArrayList<>();
            sets.forEach((name, examples) -> {
                if (!name.equals(held)) {
                    training.add(examples);
                }
            });
            LinearModel model = TrainModels.parse(Task.EVENT, TrainModels.train(Task.EVENT, training, "ablation"));
            List<Example> test = sets.get(held);
            List<Map<String, Double>> p =
                    test.stream().map(e -> model.probabilities(e.features())).toList();
            double[] t = {model.threshold("veto", 1), model.threshold("choose", 1), model.threshold("add", 1)};
            double with = TrainModels.score(Task.EVENT, test, model.classes(), p, t);
            double cue = TrainModels.score(Task.EVENT, test, model.classes(), p, new double[] {1, 1, 1});
            sum += with;
            cueSum += cue;
            line.append(String.format(Locale.ROOT, " %s %.3f/%.3f", held, cue, with));
        }
        int n = sets.size();
        line.append(String.format(Locale.ROOT, "  mean %.3f -> %.3f", cueSum / n, sum / n));
        System.out.println(line);
    }
}
