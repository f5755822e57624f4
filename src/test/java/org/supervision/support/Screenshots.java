package org.supervision.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The user guide's pictures, taken by the browser tests from the pages they have just
 * checked, so that docs/screenshots/ shows the workspace as it is.
 */
public final class Screenshots {

    static final Path FOLDER = Path.of("docs", "screenshots");

    private Screenshots() {
    }

    public static void save(WebDriver driver, String name) throws IOException {
        Files.createDirectories(FOLDER);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, FOLDER.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
