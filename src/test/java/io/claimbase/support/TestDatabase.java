package io.claimbase.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Declares the one test database for every @QuarkusTest in the suite (started once, shared). */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
public final class TestDatabase {

    private TestDatabase() {}
}
