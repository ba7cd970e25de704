/**
 * Turns passages into claims: numbers, scales, number words, ranges, bounds, currencies, units,
 * dates, and the subject, measure, status and attribution the sentence ties to each figure.
 */
package org.crosscheck.extract;
