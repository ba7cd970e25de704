/** Loads and validates the user-tunable rules in {@code rules/} into an immutable {@link org.crosscheck.rules.RuleSet}. */
package org.crosscheck.rules;
