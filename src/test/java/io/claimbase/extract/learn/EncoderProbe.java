package io.claimbase.extract.learn;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.claimbase.extract.Cues;
import io.claimbase.extract.DomainModel;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.QuestionLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Experiment of issue #13 (reverted in the next commit; see docs/measurements.md "Sentence encoder with the learned
 * models"): does the sentence vector of all-MiniLM-L6-v2 (quantised, in-process ONNX through langchain4j), added to
 * the features of the event or topic model, raise their cross-validated scores? Encodes every training claim once (64
 * a call), then runs the trainer's choice of C and thresholds over five folds of whole sets with the vector's 384
 * components as extra real-valued features scaled by each factor given (0: none):
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.claimbase.extract.learn.EncoderProbe -Dexec.args="EVENT 0,2,5,10"} (or {@code TOPICS}).
 */
public final class EncoderProbe {
    public static void main(String[] args) {
        Path dir = Path.of("seeds/domain");
        DomainModel domain = DomainModel.load(dir);
        Cues cues = Cues.fromDirectory(dir);
        String name = args.length > 0 ? args[0] : "EVENT";
        boolean topics = name.equals("TOPICS");
        List<List<TrainModels.Example>> sets = null;
        List<List<TopicTraining.Example>> topicSets = null;
        List<String> texts;
        if (topics) {
            topicSets = new ArrayList<>(TopicTraining.examples(
                            domain.withEventModel(null).withKindModel(null).withTopicModel(null),
                            cues,
                            new PositionAssessor(QuestionLoader.loadFolder(dir)))
                    .values());
            texts = topicSets.stream()
                    .flatMap(List::stream)
                    .map(TopicTraining.Example::text)
                    .distinct()
                    .toList();
        } else {
            sets = new ArrayList<>(TrainModels.examples(TrainModels.Task.valueOf(name), domain, cues)
                    .values());
            texts = sets.stream()
                    .flatMap(List::stream)
                    .map(TrainModels.Example::text)
                    .distinct()
                    .toList();
        }
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        long t0 = System.nanoTime();
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < texts.size(); i += 64) {
            List<String> batch = texts.subList(i, Math.min(texts.size(), i + 64));
            var embeddings = model.embedAll(
                            batch.stream().map(TextSegment::from).toList())
                    .content();
            for (int k = 0; k < batch.size(); k++) {
                vectors.put(batch.get(k), embeddings.get(k).vector());
            }
        }
        System.out.printf("encoded %d sentences in %.1f s%n", texts.size(), (System.nanoTime() - t0) / 1e9);
        TrainModels.vectors = vectors;
        for (String s : args.length > 1 ? args[1].split(",") : new String[] {"0", "2", "5", "10"}) {
            TrainModels.vectorScale = Double.parseDouble(s);
            long t1 = System.nanoTime();
            if (topics) {
                TopicTraining.Choice choice = TopicTraining.choose(topicSets);
                System.out.printf("scale %s: %s (%.0f s)%n", s, choice, (System.nanoTime() - t1) / 1e9);
            } else {
                TrainModels.Choice choice = TrainModels.choose(TrainModels.Task.valueOf(name), sets);
                System.out.printf(
                        "scale %s: C %.2f score %.4f (%.0f s)%n",
                        s, choice.c(), choice.score(), (System.nanoTime() - t1) / 1e9);
            }
        }
    }
}
