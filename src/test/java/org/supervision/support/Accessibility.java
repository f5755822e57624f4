package org.supervision.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.2 AA as axe-core checks it, on the page the browser shows now: no serious or
 * critical violation. Rules axe marks "needs review" are not failures here; a person checks
 * those (docs/architecture.md, Accessibility).
 */
public final class Accessibility {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {
    }

    public static void assertAccessible(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Accessibility::describe).toList();
        assertThat(serious).as("axe-core's serious and critical WCAG 2.2 AA violations on " + page).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}
