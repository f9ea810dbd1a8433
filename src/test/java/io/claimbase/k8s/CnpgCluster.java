package io.claimbase.k8s;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.Map;

/**
 * A typed model of the CloudNativePG {@code Cluster} (postgresql.cnpg.io/v1) fields k8s/ uses, names and types as in
 * the operator's CRD (spec.instances integer >= 1, primaryUpdateStrategy enum, postgresql.parameters map of strings,
 * storage.size quantity, bootstrap.initdb.{database, owner, secret.name}). Read strictly, a field the model does not
 * know fails: add it here, checked against the CRD, before using it in a manifest.
 */
record CnpgCluster(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    record Spec(
            int instances,
            String imageName,
            PrimaryUpdateStrategy primaryUpdateStrategy,
            Bootstrap bootstrap,
            Postgresql postgresql,
            Storage storage,
            ResourceRequirements resources) {}

    enum PrimaryUpdateStrategy {
        unsupervised,
        supervised
    }

    record Bootstrap(InitDb initdb) {}

    record InitDb(String database, String owner, SecretRef secret) {}

    record SecretRef(String name) {}

    record Postgresql(Map<String, String> parameters) {}

    record Storage(Quantity size, String storageClass) {}
}
