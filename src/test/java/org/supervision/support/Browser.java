package org.supervision.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, with the flags this
 * closed network needs (no background connections to Google's hosts).
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    /** What was typed into the open form, by field label, so that complete() can check it. */
    private final Map<String, String> typed = new LinkedHashMap<>();

    public Browser(int port) throws java.io.IOException {
        this.driver = newChromeDriver();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // a condition that reads the page while it is being replaced (a form posted, a link
        // followed) meets the old page's elements gone: ask again instead of failing
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        this.base = "http://localhost:" + port;
    }

    /** A headless Chromium with this machine's flags (also used by DiagramRenderer). */
    public static ChromeDriver newChromeDriver() throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        // the console log, so that tests can read what the page reported (Content-Security-Policy violations)
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }

    public static boolean isInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    }

    public void logIn(String user, String password) {
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        // the workspace sends each person to their home
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    /** Opens a task in Tasklist and waits for its Camunda Form. */
    public void openTask(String taskId) {
        typed.clear();
        driver.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    }

    /** The input, textarea or radio group of the form field with this label. */
    public WebElement field(String label) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
                        // the field itself, not a group around it
                        + "[not(.//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')])]"
                        + "[.//label[contains(normalize-space(.), \"" + label + "\")]]"
                        + "//*[self::input or self::textarea][1]")));
    }

    /**
     * Types into a field and checks that it kept the text: a Camunda Form re-renders while
     * text areas grow, and a value typed at that moment can be dropped, also after the check
     * here, while the next field is typed. {@link #complete()} therefore checks every typed
     * field once more, as a careful person would before submitting.
     */
    public void type(String label, String text) {
        typed.put(label, text);
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement input = field(label);
            input.clear();
            input.sendKeys(text);
            // leaving the field, as a person does, hands the text to the form at once
            input.sendKeys(org.openqa.selenium.Keys.TAB);
            if (text.equals(field(label).getAttribute("value"))) {
                return;
            }
        }
        throw new IllegalStateException("the field '" + label + "' does not keep the text typed into it");
    }

    /** Types a date into a Camunda Forms date field as a person would (month/day/year), then leaves it. */
    public void typeDate(String label, java.time.LocalDate date) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(String.format("%02d/%02d/%d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
        input.sendKeys(org.openqa.selenium.Keys.TAB);
    }

    public void tick(String checkboxLabel) {
        chooseRadio(checkboxLabel);
    }

    public void chooseRadio(String optionLabel) {
        WebElement label = driver.findElement(By.xpath("//label[contains(normalize-space(.), \"" + optionLabel + "\")]"));
        click(driver.findElement(By.id(label.getAttribute("for"))));
    }

    /** Opens Tasklist's "Start process" dialog and the start form of the named process. */
    public void startProcess(String processName) {
        driver.get(base + "/camunda/app/tasklist/default/");
        By startProcess = By.xpath("//*[self::a or self::button][normalize-space(.)='Start process']");
        try {
            click(wait.until(ExpectedConditions.elementToBeClickable(startProcess)));
        } catch (org.openqa.selenium.TimeoutException notYetShown) {
            // Tasklist shows the link once it has loaded the startable processes; a slow first load can miss it
            driver.navigate().refresh();
            click(wait.until(ExpectedConditions.elementToBeClickable(startProcess)));
        }
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//a[normalize-space(.)=\"" + processName + "\"]"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    }

    public void submitStartForm() {
        click(driver.findElement(By.xpath("//button[normalize-space(.)='Start']")));
    }

    public void complete() {
        typed.forEach((label, text) -> {
            if (!text.equals(field(label).getAttribute("value"))) {
                type(label, text);
            }
        });
        typed.clear();
        click(driver.findElement(By.xpath("//button[normalize-space(.)='Complete']")));
    }

    /** Closes Tasklist's notifications: an error stays until closed, and can cover the Complete button. */
    public void dismissNotifications() {
        for (WebElement close : driver.findElements(By.cssSelector("[uib-alert] button.close"))) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
    }

    /** Tasklist's fixed panels can cover a form element: bring it to the middle first. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /**
     * What the browser's console reported as blocked by a Content-Security-Policy since the last
     * call (Chromium logs each as "Refused to … because it violates the following Content
     * Security Policy directive …").
     */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
