/** Compares the claims of each fact, after conversion, and turns disagreements into findings with explanations and stable ids. */
package org.crosscheck.reconcile;
