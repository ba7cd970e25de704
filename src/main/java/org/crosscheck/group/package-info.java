/** Groups claims into facts by subject, measure and dimension, without comparing every claim with every other. */
package org.crosscheck.group;
