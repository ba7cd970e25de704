package org.crosscheck.bench.corpus;

import java.util.List;

/**
 * The measures of rules/measures.yaml the synthetic facts are about: money or a count in one unit,
 * whether it grows over time, the range of its true values (euros for money), and who it is about.
 */
enum Measure {
    FINE("fine", null, false, 10_000, 500_000_000, EntityKind.AUTHORITY),
    CONTRACT("contract-value", null, false, 50_000, 200_000_000, EntityKind.AGENCY),
    VALUATION("valuation", null, false, 5_000_000, 20_000_000_000L, EntityKind.COMPANY),
    FUNDS("funds-raised", null, true, 500_000, 2_000_000_000, EntityKind.COMPANY),
    REVENUE("revenue", null, true, 1_000_000, 5_000_000_000L, EntityKind.COMPANY),
    BUDGET("budget", null, false, 1_000_000, 500_000_000, EntityKind.AUTHORITY, EntityKind.AGENCY, EntityKind.ORGANISATION),
    SETTLEMENT("settlement", null, false, 100_000, 1_000_000_000, EntityKind.COMPANY),
    DATABASE("database-size", "images", true, 100_000, 50_000_000_000L, EntityKind.COMPANY),
    SEARCHES("search-count", "searches", true, 50, 500_000, EntityKind.AGENCY),
    CLIENTS("client-count", "clients", true, 20, 200_000, EntityKind.COMPANY),
    USERS("user-count", "users", true, 1_000, 500_000_000, EntityKind.COMPANY),
    EMPLOYEES("employee-count", "employees", true, 10, 300_000, EntityKind.COMPANY, EntityKind.ORGANISATION),
    COUNTRIES("country-count", "countries", true, 3, 150, EntityKind.COMPANY),
    AGENCIES("agency-count", "organisations", true, 5, 5_000, EntityKind.COMPANY);

    /** The measure's id in measures.yaml. */
    final String id;
    /** The counted unit's id in units.yaml, or null for money. */
    final String unit;
    final boolean grows;
    final long min;
    final long max;
    final List<EntityKind> subjects;

    Measure(String id, String unit, boolean grows, long min, long max, EntityKind... subjects) {
        this.id = id;
        this.unit = unit;
        this.grows = grows;
        this.min = min;
        this.max = max;
        this.subjects = List.of(subjects);
    }

    boolean isMoney() {
        return unit == null;
    }

    /** Whether its figures are stated for a year ("revenue of €4 million in 2021"): revenue and budgets are annual. */
    boolean isAnnual() {
        return this == REVENUE || this == BUDGET;
    }

    /** Whether its figures are one-off events (a fine, a contract, a settlement) rather than states (a count, a valuation). */
    boolean isEvent() {
        return this == FINE || this == CONTRACT || this == SETTLEMENT;
    }

    /** Whether its sentences name a second company: the fined one, the vendor, the searched platform. */
    boolean hasObject() {
        return this == FINE || this == CONTRACT || this == SEARCHES;
    }

    /** The measures an entity of {@code kind} can have facts about. */
    static List<Measure> of(EntityKind kind) {
        return java.util.Arrays.stream(values()).filter(m -> m.subjects.contains(kind)).toList();
    }
}
