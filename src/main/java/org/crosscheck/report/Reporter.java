package org.crosscheck.report;

import java.io.PrintWriter;
import org.crosscheck.model.ReportData;

/** Writes a report in one format; the same data always gives the same bytes. */
public interface Reporter {

    void write(ReportData report, PrintWriter out);
}
