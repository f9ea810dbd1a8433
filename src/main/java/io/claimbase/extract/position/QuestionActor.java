package io.claimbase.extract.position;

import java.util.List;

/**
 * An actor a question is about.
 *
 * @param id      canonical actor id (actors.yaml, GET /actors), e.g. {@code china}
 * @param ids     other actor ids that stand for it in a claim's actors (its leaders: {@code xi-jinping})
 * @param aliases words that name it in a claim's text, for claims whose actors are not (fully) tagged
 */
public record QuestionActor(String id, List<String> ids, List<String> aliases) {

    public QuestionActor {
        id = Checks.text(id, "id", "actor id");
        ids = Checks.list(ids, "ids", "actor '" + id + "' ids");
        aliases = Checks.list(aliases, "aliases", "actor '" + id + "' aliases");
    }

    boolean isNamedBy(String actorId) {
        return id.equals(actorId) || ids.contains(actorId);
    }
}
