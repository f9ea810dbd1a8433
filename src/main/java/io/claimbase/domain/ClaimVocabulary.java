package io.claimbase.domain;

/**
 * The topic and event-type ids a claim filter may name; an id it does not know is a 400 on its parameter.
 * <p>
 * The application checks against the taxonomy and event types of the domain data ({@link DomainData});
 * {@link SyntacticClaimVocabulary}, which checks the form of ids only, is the fallback when no such bean exists.
 */
public interface ClaimVocabulary {

    boolean knowsTopic(String topic);

    boolean knowsEvent(String event);
}
