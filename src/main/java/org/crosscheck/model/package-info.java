/** Immutable records shared by every stage: sources, spans, passages and, later, claims, facts and findings. */
package org.crosscheck.model;
