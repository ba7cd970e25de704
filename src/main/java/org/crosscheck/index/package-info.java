/**
 * The passage index, the only package that imports Lucene: per-language analysis, incremental
 * updates keyed by content hash, BM25 search with highlighted matches.
 */
package org.crosscheck.index;
