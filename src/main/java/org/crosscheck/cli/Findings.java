package org.crosscheck.cli;

import org.crosscheck.model.Finding;
import org.crosscheck.model.ReportData;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Looks a finding up by the id a user typed. */
final class Findings {

    private Findings() {
    }

    /** The finding with {@code id}, or a usage error that says where ids come from. */
    static Finding find(ReportData data, String id, CommandSpec spec) {
        return data.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no finding " + id + " in the report of "
                        + data.corpus() + " (" + data.findings().size() + " findings; `crosscheck report` prints their ids)"));
    }
}
