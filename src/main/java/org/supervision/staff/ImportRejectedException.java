package org.supervision.staff;

import java.util.List;
import java.util.stream.Collectors;

/** The whole file was refused; nothing of it was stored. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super("Import rejected, nothing was changed. " + problems.size() + " problem(s): "
                + problems.stream().map(ImportProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
