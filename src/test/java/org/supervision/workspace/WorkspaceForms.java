package org.supervision.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.supervision.support.Browser;

/** Filling in a workspace task page as a person does, shared by the workspace's browser tests. */
final class WorkspaceForms {

    private WorkspaceForms() {
    }

    /** Replaces what the field with this id holds by the text. */
    static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A date question's day, month and year boxes. */
    static void typeDate(Browser browser, String key, LocalDate date) {
        type(browser, "field-" + key + "-day", Integer.toString(date.getDayOfMonth()));
        type(browser, "field-" + key + "-month", Integer.toString(date.getMonthValue()));
        type(browser, "field-" + key + "-year", Integer.toString(date.getYear()));
    }

    /** Back on the task list with the banner saying which task was done. */
    static void assertDone(Browser browser, String banner) {
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/tasks"));
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-notification-banner")).getText()).contains(banner);
    }
}
