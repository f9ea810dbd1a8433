package io.claimbase.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Jackson reads and writes properties through generated lambdas (Blackbird) instead of reflection: a page of 50 claims
 * spent about a fifth of the service's samples in Jackson's bean serialisation, reflective getter calls the largest
 * single part (docs/measurements.md, "Query benchmark"). The JSON is the same.
 */
@Singleton
public class FastJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
