package io.github.ogiworkflow.report;

/** A rule the figures must obey; a failed one is a bug and is shown loudly with the report. */
public record Invariant(String rule, boolean holds, String detail) {}
