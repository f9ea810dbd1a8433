package io.claimbase.domain;

import io.claimbase.ClaimbaseConfig;
import io.claimbase.extract.Cues;
import io.claimbase.extract.DomainModel;
import io.claimbase.extract.Extractor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * The domain data in {@code <seeds>/domain}, loaded once at start-up, and what is built from it: the extraction
 * pipeline and the vocabulary the claim filters check against (topic and event ids, actor aliases). A malformed data
 * file fails start-up with a message naming the file and line.
 */
public class DomainData {

    @Produces
    @Singleton
    DomainModel domainModel(ClaimbaseConfig config) {
        return DomainModel.load(domainFolder(config));
    }

    @Produces
    @Singleton
    Extractor extractor(DomainModel domain, QuestionCatalog questions, ClaimbaseConfig config) {
        return new Extractor(domain, Cues.fromDirectory(domainFolder(config)), questions::assessor);
    }

    @Produces
    @Singleton
    ActorResolver actorResolver(DomainModel domain) {
        // a name as the gazetteer writes it: letters, digits, spaces, dots, hyphens, apostrophes ("the Kremlin",
        // "U.S."); anything else ("the Kremlin!") names no actor rather than being matched loosely
        return actor -> NAME.matcher(actor).matches() ? domain.resolveActor(actor) : java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{N} .'’-]+");

    @Produces
    @Singleton
    ClaimVocabulary claimVocabulary(DomainModel domain) {
        return new ClaimVocabulary() {
            @Override
            public boolean knowsTopic(String topic) {
                return domain.topicIds().contains(topic);
            }

            @Override
            public boolean knowsEvent(String event) {
                return domain.eventTypeIds().contains(event);
            }
        };
    }

    private static Path domainFolder(ClaimbaseConfig config) {
        return config.seeds().directory().resolve("domain");
    }
}
