package io.claimbase.domain;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Until the gazetteer is available: an actor is its canonical id as given (lowercase, hyphenated). Any other bean
 * implementing {@link ActorResolver} replaces this one.
 */
@DefaultBean
@ApplicationScoped
public class IdentityActorResolver implements ActorResolver {

    private static final Pattern ACTOR_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Override
    public Optional<String> resolve(String actor) {
        String id = actor.strip().toLowerCase(Locale.ROOT);
        return ACTOR_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
