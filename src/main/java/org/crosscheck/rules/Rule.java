package org.crosscheck.rules;

/** An entry of a rules file: an id, unique across the rule set, and the examples that show what it does. */
public interface Rule {

    String id();

    Examples examples();
}
