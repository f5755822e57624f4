package org.supervision.staff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Command-line import: {@code java -jar app.jar --import-staff=staff.csv
 * [--import-supervision=supervision.csv]} imports the files and exits (status 0 when
 * accepted, 1 when rejected, with every problem printed).
 */
@Component
class StaffImportCommand implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StaffImportCommand.class);

    private final StaffDirectoryImport directoryImport;
    private final ApplicationContext context;

    StaffImportCommand(StaffDirectoryImport directoryImport, ApplicationContext context) {
        this.directoryImport = directoryImport;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean staffFile = args.containsOption("import-staff");
        boolean supervisionFile = args.containsOption("import-supervision");
        if (!staffFile && !supervisionFile) {
            return;
        }
        int status = 0;
        try {
            if (staffFile) {
                report("staff", importFile(args.getOptionValues("import-staff").get(0), true));
            }
            if (supervisionFile) {
                report("supervision relationships", importFile(args.getOptionValues("import-supervision").get(0), false));
            }
        } catch (ImportRejectedException e) {
            System.err.println("Import rejected, nothing was changed:");
            e.getProblems().forEach(p -> System.err.println("  " + p));
            status = 1;
        }
        int exitStatus = status;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exitStatus));
    }

    private ImportReport importFile(String file, boolean staff) throws IOException {
        byte[] content = Files.readAllBytes(Path.of(file)); // bytes: the import checks that they are UTF-8
        return staff ? directoryImport.importStaff(content) : directoryImport.importSupervision(content);
    }

    private static void report(String what, ImportReport report) {
        LOG.info("Imported {}: {} created, {} updated, {} unchanged", what, report.created(), report.updated(), report.unchanged());
        System.out.printf("Imported %s: %d created, %d updated, %d unchanged%n", what, report.created(), report.updated(), report.unchanged());
    }
}
