package io.claimbase.extract.eval;

import io.claimbase.extract.Cues;
import io.claimbase.extract.DomainModel;
import io.claimbase.extract.Extractor;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.QuestionLoader;
import io.claimbase.extract.position.TrendPrior;
import java.nio.file.Path;

/**
 * The extractor the quality evaluations read with: the shipped one, or with {@code -Deval.models=none} the cue lists
 * and rules alone, without the learned event, kind, topic and attribution models. The models are trained on every
 * readable set, so with them the readable sets' figures for those attributes are training-set figures that hide what
 * the rules miss; without them they show the rules' own reading. The floors are set for the shipped extractor and
 * fail in that mode.
 */
public final class EvaluatedExtractor {

    private static final Path DOMAIN = Path.of("seeds/domain");

    private EvaluatedExtractor() {}

    public static Extractor load() {
        if (!"none".equals(System.getProperty("eval.models", ""))) {
            return Extractor.fromDirectory(DOMAIN);
        }
        DomainModel rulesAlone = DomainModel.load(DOMAIN)
                .withEventModel(null)
                .withKindModel(null)
                .withTopicModel(null)
                .withAttributionModel(null);
        return new Extractor(
                rulesAlone,
                Cues.fromDirectory(DOMAIN),
                new PositionAssessor(QuestionLoader.loadFolder(DOMAIN), TrendPrior.load(DOMAIN)));
    }
}
