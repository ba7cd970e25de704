/** Puts figures on a common footing: amounts of money converted to a reference currency with dated ECB euro reference rates. */
package org.crosscheck.normalize;
