/** The composition root: runs the stages for a {@link org.crosscheck.pipeline.RunConfig} and returns immutable results. */
package org.crosscheck.pipeline;
