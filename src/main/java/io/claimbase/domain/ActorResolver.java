package io.claimbase.domain;

import java.util.Optional;

/**
 * Turns an actor as a client names it ({@code china}, {@code Beijing}, {@code the Kremlin}) into the canonical actor
 * id claims are tagged with, or empty when it names no known actor (a 400 on {@code actor}).
 * <p>
 * The application uses the gazetteer of the domain data ({@link DomainData}); {@link IdentityActorResolver},
 * which accepts canonical ids only, is the fallback when no such bean exists.
 */
public interface ActorResolver {

    Optional<String> resolve(String actor);
}
