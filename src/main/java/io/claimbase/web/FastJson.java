package io.claimbase.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Jackson reads and writes properties through generated lambdas (Blackbird) instead of reflection: a page of 50 claims
 * spent about a fifth of the service's CPU in reflective getter calls (docs/measurements.md, "Query benchmark"). The
 * JSON is the same.
 */
@Singleton
public class FastJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
