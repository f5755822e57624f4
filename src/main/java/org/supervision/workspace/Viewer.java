package org.supervision.workspace;

import java.util.List;

/** The person logged in to the workspace: who they are and which homes their roles open. */
public record Viewer(String userId, String name, List<Home> homes) {

    public boolean has(Home home) {
        return homes.contains(home);
    }

    /** Where this person lands after logging in: the first home of their most demanding role. */
    public Home landing() {
        return homes.stream().filter(home -> home != Home.TASKS).findFirst().orElse(Home.TASKS);
    }
}
