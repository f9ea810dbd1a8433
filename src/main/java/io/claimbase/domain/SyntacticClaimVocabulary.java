package io.claimbase.domain;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/** Until the DomainModel is available: a topic or event id is known when it is well formed. */
@DefaultBean
@ApplicationScoped
public class SyntacticClaimVocabulary implements ClaimVocabulary {

    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    private static final Pattern EVENT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    @Override
    public boolean knowsTopic(String topic) {
        return topic.length() <= 100 && TOPIC.matcher(topic).matches();
    }

    @Override
    public boolean knowsEvent(String event) {
        return event.length() <= 50 && EVENT.matcher(event).matches();
    }
}
