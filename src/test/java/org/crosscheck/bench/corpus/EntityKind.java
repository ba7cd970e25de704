package org.crosscheck.bench.corpus;

/** What a synthetic entity is, with the {@code type} entities.yaml gives it. */
enum EntityKind {
    COMPANY("company", "co"),
    AUTHORITY("authority", "auth"),
    AGENCY("agency", "ag"),
    ORGANISATION("organisation", "org");

    final String type;
    /** The end of the ids of entities of this kind ("syn-kelvora-ag"). */
    final String idSuffix;

    EntityKind(String type, String idSuffix) {
        this.type = type;
        this.idSuffix = idSuffix;
    }
}
