/** The editors' resolutions file: load, match by finding id, write atomically, report stale entries. */
package org.crosscheck.review;
