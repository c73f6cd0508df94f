package io.github.speclint.discover;

import java.util.List;

/** What walking the spec roots found: the candidate files, in path order, and the paths it had to skip. */
public record Discovery(List<CandidateFile> candidates, List<PathProblem> problems) {

    public Discovery {
        candidates = List.copyOf(candidates);
        problems = List.copyOf(problems);
    }
}
